/**
 * Types only: declares `<event-timeline>` and `<syria-timeline>` in React 19's `JSX.IntrinsicElements`, for pages
 * that write the tags themselves rather than use `syria-timeline/react`. Load it once, with
 * `import type {} from 'syria-timeline/jsx'` or `"types": ["syria-timeline/jsx"]` in tsconfig.json; it registers
 * nothing (import `syria-timeline` for that).
 *
 * React 19 sets a custom element's properties from the props it has (`events`, `selected`, `strings`), and listens
 * to its events through props named `on` + the event's own name: `ontimeline-select`, not `onTimelineSelect`.
 *
 * @module syria-timeline/jsx
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { EventTimeline } from './elements/event-timeline.js';
import type { SyriaTimeline } from './elements/syria-timeline.js';
import type { TimelineErrorEvent, TimelineRangeChangeEvent, TimelineSelectEvent } from './events.js';

/** The element's properties that React 19 sets from props of the same name. */
type TimelineProperties =
  | 'events'
  | 'src'
  | 'format'
  | 'selected'
  | 'theme'
  | 'label'
  | 'locale'
  | 'strings'
  | 'dateWords'
  | 'folds'
  | 'overview'
  | 'bookmark'
  | 'visibleRange';

/** The props of a timeline element written as a tag in React 19: HTML attributes, its properties and its events. */
export type TimelineElementProps<E extends EventTimeline> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Partial<Pick<E, TimelineProperties>> & {
    /** `timeline-select`: the user selected an event (`e.detail.event`, `e.detail.id`) or cleared the selection. */
    'ontimeline-select'?: (event: TimelineSelectEvent) => void;
    /** `timeline-error`: some events could not be drawn, or `src` could not be loaded. */
    'ontimeline-error'?: (event: TimelineErrorEvent) => void;
    /** `timeline-range-change`: a change of the view by the reader ended. */
    'ontimeline-range-change'?: (event: TimelineRangeChangeEvent) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'event-timeline': TimelineElementProps<EventTimeline>;
      'syria-timeline': TimelineElementProps<SyriaTimeline>;
    }
  }
}
