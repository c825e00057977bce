import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element;

/** The connected hosts, and the one observer they share while there is any. */
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function notify(records: MutationRecord[]): void {
  for (const host of hosts) {
    if (records.some((r) => r.target !== host && r.target.contains(host))) host.requestUpdate();
  }
}

/**
 * Updates the host when a `dir` or `lang` attribute changes on one of its ancestors in the document, since both
 * change how a timeline draws (direction, language) and neither reaches it as a property. One MutationObserver,
 * made for the first connected host and disconnected with the last, serves every host on the page; it is told
 * about those two attributes only. The host watches its own `dir` and `lang` itself (observedAttributes).
 */
export class AncestryController implements ReactiveController {
  constructor(private readonly _host: Host) {
    this._host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this._host);
    if (observer) return;
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['dir', 'lang'] });
  }

  hostDisconnected(): void {
    hosts.delete(this._host);
    if (hosts.size) return;
    observer?.disconnect();
    observer = undefined;
  }
}
