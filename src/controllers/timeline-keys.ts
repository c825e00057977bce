import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a key asks the timeline to do. */
export type TimelineKeyIntent =
  | { kind: 'move'; to: 'next' | 'previous' | 'first' | 'last' }
  | { kind: 'select' }
  | { kind: 'clear' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'reset' };

/**
 * The timeline's key map, as a controller on the host: keys act only while focus is inside the element (the host
 * receives them from its shadow tree), never on the page. Moving and selecting need focus on an event (an element
 * with class `event`); zoom, reset and Escape work from anywhere inside.
 *
 * | key | intent |
 * |---|---|
 * | → ↓ / ← ↑ | next / previous event in time |
 * | Home / End | first / last event |
 * | Enter, Space | select the focused event |
 * | Escape | clear the selection |
 * | + = / − _ | zoom in / out |
 * | 0 | show everything |
 */
export class TimelineKeysController implements ReactiveController {
  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    /** Carries out an intent; returns false when it had nothing to do (the key then keeps its default). */
    private readonly _perform: (intent: TimelineKeyIntent, onEvent: boolean) => boolean,
  ) {
    this._host.addController(this);
  }

  hostConnected(): void {
    this._host.addEventListener('keydown', this._onKeyDown);
  }

  hostDisconnected(): void {
    this._host.removeEventListener('keydown', this._onKeyDown);
  }

  private readonly _onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const onEvent = event
      .composedPath()
      .some((node) => node instanceof Element && node.classList.contains('event'));
    const intent = intentOf(event.key);
    if (!intent) return;
    const needsEvent = intent.kind === 'move' || intent.kind === 'select';
    if (needsEvent && !onEvent) return;
    if (this._perform(intent, onEvent)) event.preventDefault();
  };
}

function intentOf(key: string): TimelineKeyIntent | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return { kind: 'move', to: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
      return { kind: 'move', to: 'previous' };
    case 'Home':
      return { kind: 'move', to: 'first' };
    case 'End':
      return { kind: 'move', to: 'last' };
    case 'Enter':
    case ' ':
      return { kind: 'select' };
    case 'Escape':
      return { kind: 'clear' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: 2 };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 0.5 };
    case '0':
      return { kind: 'reset' };
    default:
      return null;
  }
}
