/**
 * The line format of the clinic-editable handout texts (record-texts.ts), parsed into blocks the
 * PDF draws. Deliberately tiny, so a clinic can edit it in a plain text box:
 *   "# Heading"            a heading
 *   "- When: what to do"   a bullet; a short lead before the first colon is printed bold
 *   "- what to do"         a bullet
 *   anything else          a paragraph (consecutive lines join; a blank line ends it)
 */

export type HandoutBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'bullet'; readonly lead: string; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string };

/** Longest bold lead of a bullet, characters (design choice: "First 2 weeks", "Day of treatment"). */
const MAX_LEAD_LENGTH = 24;

export function parseHandoutText(text: string): HandoutBlock[] {
  const blocks: HandoutBlock[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      endParagraph();
    } else if (line.startsWith('#')) {
      endParagraph();
      const heading = line.replace(/^#+\s*/, '');
      if (heading !== '') blocks.push({ kind: 'heading', text: heading });
    } else if (/^[-*•]\s*/.test(line)) {
      endParagraph();
      const body = line.replace(/^[-*•]\s*/, '');
      const colon = body.indexOf(':');
      const lead = colon > 0 && colon <= MAX_LEAD_LENGTH && body.slice(colon + 1).trim() !== '' ? body.slice(0, colon).trim() : '';
      blocks.push({ kind: 'bullet', lead, text: lead ? body.slice(colon + 1).trim() : body });
    } else {
      paragraph.push(line);
    }
  }
  endParagraph();
  return blocks;
}
