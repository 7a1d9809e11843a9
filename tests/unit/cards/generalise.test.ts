import { describe, expect, it } from 'vitest';
import { generate } from '../../../renderer/src/cards';

// Patterns found on held-out articles, checked on small made-up sentences.
const names = (text: string) => generate(text).actors.map((a) => a.name);

describe('actor names that generalise', () => {
  it('keeps a portfolio joined by "and" inside the role instead of making a person of its second half', () => {
    const text =
      'Le Van Minh, the Deputy Minister of Fisheries and Coastal Development, spoke first. Later, Maria Costa, the Secretary of Water and Urban Sanitation at the Ministry of Cities, agreed.';
    const found = names(text);
    expect(found).toContain('Le Van Minh');
    expect(found).toContain('Maria Costa');
    expect(found).not.toContain('Coastal Development');
    expect(found).not.toContain('Urban Sanitation');
  });

  it('keeps an institution whose name contains an ampersand whole', () => {
    const found = names('A review led by the Institute of Ports & Marine Studies (IPMS) is due. The IPMS will report.');
    expect(found).toContain('Institute of Ports & Marine Studies');
    expect(found).not.toContain('Marine Studies');
  });

  it('reads a capitalised common word mid-sentence as a given name and drops a "-based" adjective', () => {
    const found = names(
      'The plan has critics. Per Haugen, an analyst at Oslo-based Fjell Partners, says it is too slow.',
    );
    expect(found).toContain('Per Haugen');
    expect(found).toContain('Fjell Partners');
  });

  it('reads a company named after a capital city and company-like endings as organisations', () => {
    const doc = generate(
      'Lima Textiles, the largest exporter, objected. Its rival, Qorikancha Mining Equipment, said orders fell. Later, Lima Textiles agreed.',
    );
    const kinds = Object.fromEntries(doc.actors.map((a) => [a.name, a.kind]));
    expect(kinds['Lima Textiles']).toBe('organisation');
    expect(kinds['Qorikancha Mining Equipment']).toBe('organisation');
  });
});
