/**
 * React components for the two elements, made with `@lit/react`: `<EventTimeline>` and `<SyriaTimeline>` take every
 * property of the element as a prop (`events`, `selected`, `visibleRange`, `strings`, …) and its events as
 * `onTimelineSelect`, `onTimelineError` and `onTimelineRangeChange`. Importing this module registers both elements.
 * It works with React 18 and 19 (`react` is an optional peer dependency of the package).
 *
 * `selected` is a controlled prop: a click selects an event in the element and fires `onTimelineSelect`; a handler
 * that keeps the id in state (`onTimelineSelect={(e) => setSelected(e.detail.id)}`) keeps React and the element in
 * agreement. The same holds for `visibleRange` and `onTimelineRangeChange`: a prop is set on the element at every
 * render, so a range given without following the reader's changes shows that range again at each render.
 *
 * @module syria-timeline/react
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { defineSyriaTimeline } from './elements/define.js';
import { EventTimeline as EventTimelineElement } from './elements/event-timeline.js';
import { SyriaTimeline as SyriaTimelineElement } from './elements/syria-timeline.js';
import type { TimelineErrorEvent, TimelineRangeChangeEvent, TimelineSelectEvent } from './events.js';

export type * from './events.js';
export type { TimelineEvent } from './data/types.js';
export type { TimelineStrings } from './i18n/strings.js';

defineSyriaTimeline();

/** The React props of the elements' events, and the events they listen to. */
const events = {
  /** The user selected an event (`e.detail.event`, `e.detail.id`) or cleared the selection (both `null`). */
  onTimelineSelect: 'timeline-select' as EventName<TimelineSelectEvent>,
  /** Some events could not be drawn or `src` could not be loaded (`e.detail.issues`, `e.detail.summary`). */
  onTimelineError: 'timeline-error' as EventName<TimelineErrorEvent>,
  /** A change of the view by the reader ended (`e.detail.from`, `e.detail.to`, ISO 8601). */
  onTimelineRangeChange: 'timeline-range-change' as EventName<TimelineRangeChangeEvent>,
};

/** `<event-timeline>` as a React component: the events are given as the `events` prop, or loaded from `src`. */
export const EventTimeline = createComponent({
  react: React,
  tagName: 'event-timeline',
  elementClass: EventTimelineElement,
  events,
  displayName: 'EventTimeline',
});

/** `<syria-timeline>` as a React component: `<event-timeline>` preset with the article's events. */
export const SyriaTimeline = createComponent({
  react: React,
  tagName: 'syria-timeline',
  elementClass: SyriaTimelineElement,
  events,
  displayName: 'SyriaTimeline',
});

/** The props of {@link EventTimeline}. */
export type EventTimelineProps = React.ComponentProps<typeof EventTimeline>;
/** The props of {@link SyriaTimeline}. */
export type SyriaTimelineProps = React.ComponentProps<typeof SyriaTimeline>;
