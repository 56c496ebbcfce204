import { SAMPLE_STEP_MM } from '../../shared/analysis';
import type { RuleDescription } from '../../shared/analysis/types';

/**
 * docs/rules.md, rendered from describeRules() so the document can never drift from the code:
 * a unit test compares the committed file with this output. Regenerate with
 *   npx tsx cli/docs/generate-rules-doc.ts
 */

const HEADER = `# Analysis rules

Generated from the rule code (\`npx tsx cli/docs/generate-rules-doc.ts\`); do not edit by hand.
\`vectorlift rules\` prints the same list; \`vectorlift rules --json\` prints it as JSON.

The analysis (\`shared/analysis\`) checks a plan against the anatomy atlas and the thread
catalogue. It is pure and deterministic: findings are derived from the plan every time, never
stored. Each finding has a rule id, a severity, a plain-language title naming the threads
("thread 3" is the third thread of the plan), why it matters, a suggested fix, the threads and
the place it concerns, and the patient's side.

Severities: **critical** (a risk of harm or a plan that cannot work: \`vectorlift analyze\`
exits with 1), **warning** (a design that is likely to give a poor result), **info** (worth a
look, often deliberate).

Sides are always the patient's: the patient's right is drawn on the viewer's left.

## How a thread is measured

- **Lengths are measured on the skin.** A plan stores what the practitioner draws: frontal
  coordinates on the canonical face, and the barbed section as millimetres along the drawn path.
  The analysis lifts each path onto the face surface (\`shared/surface\`, docs/atlas.md), in
  frontal steps of at most 1 mm, splitting any step longer than 1.5 mm of skin, so its length is
  within 1 % of the exact skin length. Every length and distance the rules use is then a skin
  measure: path length against the thread's length and the cone-length minimums, the barbed
  section (the same stretch of the drawing, converted to millimetres of skin from the entry),
  barbs to a puncture, stretches too shallow or inside a muscle, and the spacing between threads
  (3-D distance between their points on the skin). In front of the ear the drawing shows as
  little as 0.4 mm per millimetre of skin, so these figures are longer than the drawing suggests.
- **Depth** is measured below the skin along its normal, as the tissue layers are.
- Each path is sampled every ${SAMPLE_STEP_MM} mm of skin or less (and at both ends of the barbed section). At
  every sample the analysis knows the depth (the thread's default depth, or the per-point
  overrides interpolated along the path), the atlas region and its tissue layers.
- The **fixation point** is the path start when the fixation end is the entry, else the path end.
- The **traction vector** points from the centre of the barbed section toward the fixation
  point. Its strength is the planned tension, capped at what the thread type holds (a thread
  cannot pull harder than its barbs hold). Smooth (mono, screw) threads have no barbs and no
  traction.
- A **floating design** (a bidirectional cog or cone thread with no fixation zone and at most
  \`floatingTensionMaxN\` of tension, see weak-fixation) grips the tissue on opposed barbs and pulls
  toward neither end, so the end it was entered from means nothing. Every rule that judges a
  direction (gravity-direction, asymmetry, muscle-conflict, the cheekbone rule's traction
  lines) takes its **axis** instead of its traction: the line from one end of its barbed section
  to the other, pointing upward like a lift (a horizontal one laterally). The same thread drawn
  from either end gets the same verdicts.
- **Metrics**: traction by region and side (each thread's pull spread over its barbed samples),
  the malar share (see cheekbone-concentration), the resultant vector per side (the net pull of
  its lifts from one end: a floating design's barbs pull toward each other and add none) with
  its angle above the patient's lateral horizontal (so mirrored sides get equal angles), and a symmetry
  figure from 0 to 1: (fewer threads / more threads) x (weaker side's traction / stronger side's)
  x (1 - difference of the resultant angles / 180), empty when a side has no threads.
`;

export function rulesMarkdown(rules: readonly RuleDescription[]): string {
  const parts = [HEADER];
  for (const rule of rules) {
    parts.push(`## \`${rule.id}\`: ${rule.title}\n\n${rule.description}\n`);
    if (rule.thresholds.length === 0) continue;
    parts.push('| Threshold | Value | Meaning | Source |\n|---|---|---|---|');
    for (const t of rule.thresholds) {
      parts.push(`| \`${t.name}\` | ${t.value} ${t.unit} | ${cell(t.description)} | ${cell(t.source)} |`);
    }
    parts.push('');
  }
  return parts.join('\n');
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
