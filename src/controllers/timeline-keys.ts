import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a key asks the timeline to do. */
export type TimelineKeyIntent =
  | { kind: 'move'; to: 'next' | 'previous' | 'first' | 'last' }
  | { kind: 'select' }
  | { kind: 'step'; direction: 1 | -1 }
  | { kind: 'clear' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'pan'; direction: 1 | -1 }
  | { kind: 'reset' }
  | { kind: 'list' }
  | { kind: 'help' };

/**
 * The timeline's key map, as a controller on the host: keys act only while focus is inside the element (the host
 * receives them from its shadow tree), never on the page. Moving and selecting need focus on an item (an event or a
 * cluster, as `isOnItem` tells from the key's path); zoom, reset and Escape work from anywhere inside.
 *
 * | key | intent |
 * |---|---|
 * | → ↓ / ← ↑ | next / previous event in time |
 * | Home / End | first / last event |
 * | Enter, Space | select the focused event |
 * | [ / ] | select the previous / next event in time (from anywhere inside) |
 * | Escape | clear the selection |
 * | + = / − _ | zoom in / out |
 * | Shift + → / ←, Page Down / Page Up | pan later / earlier by half a view |
 * | 0 | show everything |
 * | L | show or hide the list view |
 * | ? | show the key map |
 *
 * In a right-to-left element (`rtlOf()`), time runs from right to left, so → and ← swap: → goes back in time.
 */
export class TimelineKeysController implements ReactiveController {
  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    /** Carries out an intent; returns false when it had nothing to do (the key then keeps its default). */
    private readonly _perform: (intent: TimelineKeyIntent, onItem: boolean) => boolean,
    /** Whether time runs from right to left. */
    private readonly _rtlOf: () => boolean,
    /** Whether a key's path (`composedPath()`) goes through an event or a cluster. */
    private readonly _isOnItem: (path: readonly EventTarget[]) => boolean,
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
    const path = event.composedPath();
    // Keys typed into a form field inside the element (none today, slotted content tomorrow) stay with it.
    if (path.some((n) => n instanceof HTMLElement && (n.isContentEditable || /^(input|textarea|select)$/i.test(n.localName)))) {
      return;
    }
    const onItem = this._isOnItem(path);
    // Letters by their place on the keyboard too, so that L works on Arabic, Persian or Russian layouts.
    const key = event.code === 'KeyL' ? 'l' : event.key;
    const intent = intentOf(key, event.shiftKey, this._rtlOf());
    if (!intent) return;
    const needsEvent = intent.kind === 'move' || intent.kind === 'select';
    if (needsEvent && !onItem) return;
    if (this._perform(intent, onItem)) event.preventDefault();
  };
}

function intentOf(key: string, shift: boolean, rtl: boolean): TimelineKeyIntent | null {
  const later = rtl ? 'ArrowLeft' : 'ArrowRight';
  const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (shift && (key === later || key === earlier)) return { kind: 'pan', direction: key === later ? 1 : -1 };
  switch (key) {
    case later:
    case 'ArrowDown':
      return { kind: 'move', to: 'next' };
    case earlier:
    case 'ArrowUp':
      return { kind: 'move', to: 'previous' };
    case 'PageDown':
      return { kind: 'pan', direction: 1 };
    case 'PageUp':
      return { kind: 'pan', direction: -1 };
    case 'l':
    case 'L':
      return { kind: 'list' };
    case '?':
    case '؟':
      return { kind: 'help' };
    case 'Home':
      return { kind: 'move', to: 'first' };
    case 'End':
      return { kind: 'move', to: 'last' };
    case 'Enter':
    case ' ':
      return { kind: 'select' };
    case '[':
      return { kind: 'step', direction: -1 };
    case ']':
      return { kind: 'step', direction: 1 };
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
