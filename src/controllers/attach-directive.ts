import { nothing } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/** A controller that works on an element its host rendered (observes it, listens to it). */
export interface Attachable {
  /** Takes `element` on; called on every render, so it does nothing when the element is the one it has. */
  attach(element: Element): void;
}

class AttachDirective extends Directive {
  render(_controller: Attachable): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [controller]: [Attachable]): typeof nothing {
    controller.attach(part.element);
    return nothing;
  }
}

/**
 * The element directive that hands the element it is on to a controller, as Lit's ResizeController does with
 * `target()`: `<div ${attach(controller)}>`. A template attaches what it draws, without `@query` and `firstUpdated`.
 */
export const attach = directive(AttachDirective);
