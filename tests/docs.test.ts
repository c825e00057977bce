import { expect } from '@open-wc/testing';

interface Named {
  name: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  slots?: Named[];
  members?: (Named & { privacy?: string; static?: boolean })[];
}

const fetchText = async (path: string) => (await fetch(new URL(path, import.meta.url))).text();

describe('README and custom-elements.json', () => {
  let readme = '';
  let declarations: Declaration[] = [];

  before(async () => {
    readme = await fetchText('../README.md');
    const manifest = JSON.parse(await fetchText('../custom-elements.json')) as {
      modules: { declarations?: Declaration[] }[];
    };
    declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  });

  it('custom-elements.json declares both elements with the API the README documents', () => {
    expect(declarations.map((d) => d.tagName).sort()).to.deep.equal(['event-timeline', 'syria-timeline']);
    const syria = declarations.find((d) => d.tagName === 'syria-timeline')!;
    expect(syria.attributes!.map((a) => a.name)).to.include.members(['selected', 'src']);
    expect(syria.members!.map((m) => m.name)).to.include.members(['events', 'selected']);
    expect(syria.events!.map((e) => e.name)).to.include('timeline-select');
    expect(syria.cssParts!.length).to.be.at.least(3);
    expect(syria.cssProperties!.length).to.be.at.least(3);
  });

  it('README names every attribute, event, slot, part and custom property of the manifest', () => {
    for (const d of declarations) {
      const names = [
        ...(d.attributes ?? []),
        ...(d.events ?? []),
        ...(d.slots ?? []),
        ...(d.cssParts ?? []),
        ...(d.cssProperties ?? []).filter((p) => !/-extra-[1-5]$/.test(p.name)),
      ].map((n) => n.name);
      for (const name of names) expect(readme.includes(`\`${name}\``), `README names ${d.tagName}'s ${name}`).to.be.true;
    }
  });

  it('README names every public property and method of the manifest', () => {
    for (const d of declarations) {
      for (const m of d.members ?? []) {
        if (m.privacy === 'private' || m.privacy === 'protected' || m.static) continue;
        expect(readme.includes(m.name), `README names ${d.tagName}'s ${m.name}`).to.be.true;
      }
    }
  });

  it('README gives the two commands a newcomer needs', () => {
    expect(readme.includes('npm start'), 'npm start').to.be.true;
    expect(readme.includes('npm test'), 'npm test').to.be.true;
  });
});
