import { MAX_SAGGING_GRADE, MIN_SAGGING_GRADE } from '../../plan/limits';
import type { FaceArea } from '../../atlas/types';
import type { Side } from '../../plan/types';
import type { AnalysisContext, Rule } from '../context';
import { makeFinding } from '../findings';
import { barbedMiddle } from '../highlight';
import { mainArea } from '../main-area';
import type { ThreadGeometry } from '../thread-geometry';
import type { Finding, Threshold } from '../types';
import type { FindingParam } from '../finding-text';

/**
 * Too few lifting threads for the sagging recorded in the plan: the lift is spread too thin and
 * each thread is tensioned harder to make up for it (domain.md: typical counts 2-4 threads per
 * side for the midface and 2-4 for the jawline, more when areas combine; one thread doing all the
 * pulling is a cause of tissue gathering). The count a side needs rises with the sagging grade:
 * 2-3 per side for mild to moderate sagging, 3-4 for moderate to severe, at least 4 when a side
 * treats several areas. Under-treatment is an info note: the practitioner may plan a second
 * session or combine the threads with other treatment. Too many threads is not judged here: where
 * they bunch, the crowding rule says so.
 *
 * A lifting thread belongs to the area (atlas region area: midface, lower face, upper face, neck)
 * where most of its barbed section lies. The per-area counts apply to the midface and the lower
 * face (jowl and jawline), the areas the counts were given for; the combined count takes every
 * area a side lifts (a brow thread plus two midface threads is a combined plan of 3).
 */

const SEVERE_FROM_GRADE: Threshold = {
  name: 'moderateSevereFromGrade',
  value: 3,
  unit: 'grade (0-4)',
  description: `From this sagging grade of the plan's ${MIN_SAGGING_GRADE}-${MAX_SAGGING_GRADE} scale the moderate-to-severe count applies.`,
  params: { minGrade: MIN_SAGGING_GRADE, maxGrade: MAX_SAGGING_GRADE },
  source: 'design choice: the plan grades sagging 0 (none) to 4 (severe), so 1-2 are mild to moderate and 3-4 moderate to severe.',
};

const MILD_MODERATE_MIN: Threshold = {
  name: 'threadsPerSideMildModerateMin',
  value: 2,
  unit: 'threads',
  description: `Fewest lifting threads per side in the midface, or in the lower face, for sagging grade ${MIN_SAGGING_GRADE + 1}-${SEVERE_FROM_GRADE.value - 1} (mild to moderate).`,
  params: { fromGrade: MIN_SAGGING_GRADE + 1, toGrade: SEVERE_FROM_GRADE.value - 1 },
  source: 'domain.md: typical counts 2-4 threads per side for the midface and for the jawline; 2-3 per side is the usual count for mild to moderate sagging.',
};

const MODERATE_SEVERE_MIN: Threshold = {
  name: 'threadsPerSideModerateSevereMin',
  value: 3,
  unit: 'threads',
  description: `Fewest lifting threads per side in the midface, or in the lower face, from sagging grade ${SEVERE_FROM_GRADE.value} (moderate to severe).`,
  params: { grade: SEVERE_FROM_GRADE.value },
  source: 'domain.md: typical counts 2-4 per side; 3-4 per side is the usual count for moderate to severe sagging.',
};


const COMBINED_MIN: Threshold = {
  name: 'threadsPerSideCombinedMin',
  value: 4,
  unit: 'threads',
  description: 'Fewest lifting threads on a side that lifts more than one area (midface, lower face, upper face, neck), whatever the grade.',
  source: 'domain.md: more threads when areas combine; at least 4 per side for a combined plan (two areas at the low end of 2-4 each).',
};

/** The per-area counts apply to these areas (the ones the typical counts are given for). */
const COUNTED_AREAS: readonly FaceArea[] = ['midface', 'lower-face'];

/** The areas' names (messages/*.ts, thread-count.area.*). */
const AREA_WORDS: Readonly<Record<FaceArea, FindingParam>> = {
  'upper-face': { text: 'thread-count.area.upper-face' },
  midface: { text: 'thread-count.area.midface' },
  'lower-face': { text: 'thread-count.area.lower-face' },
  neck: { text: 'thread-count.area.neck' },
};

export const threadCount: Rule = {
  description: {
    id: 'thread-count',
    title: 'Too few threads for the sagging',
    description:
      "When the plan records a sagging grade, counts each side's lifting threads by area (where most of each barbed section lies) and notes a side with fewer than usual for that grade: 2 per side in the midface or the lower face for mild to moderate sagging, 3 for moderate to severe, and at least 4 on a side that lifts several areas. An info note: too many threads is left to the crowding rule.",
    thresholds: [MILD_MODERATE_MIN, MODERATE_SEVERE_MIN, SEVERE_FROM_GRADE, COMBINED_MIN],
  },
  check(context: AnalysisContext): Finding[] {
    const grade = context.plan.meta.saggingGrade;
    if (grade === null || !(grade >= 1)) return [];
    const severe = grade >= SEVERE_FROM_GRADE.value;
    const needed = severe ? MODERATE_SEVERE_MIN.value : MILD_MODERATE_MIN.value;
    const gradeWords: FindingParam = {
      text: 'thread-count.why.grade',
      params: { grade, severity: { text: severe ? 'thread-count.severe' : 'thread-count.mild' } },
    };
    const out: Finding[] = [];
    for (const side of ['right', 'left'] as const) {
      const byArea = new Map<FaceArea, ThreadGeometry[]>();
      for (const g of context.threadsBySide[side]) {
        if (!g.isLifting) continue;
        const area = mainArea(g);
        if (area === null) continue;
        const list = byArea.get(area) ?? [];
        list.push(g);
        byArea.set(area, list);
      }
      let perArea = false;
      for (const area of COUNTED_AREAS) {
        const threads = byArea.get(area);
        if (threads === undefined || threads.length >= needed) continue;
        perArea = true;
        out.push(underTreated(side, threads, needed, AREA_WORDS[area], gradeWords, `under:${area}`));
      }
      if (perArea || byArea.size < 2) continue;
      // (the list is made only for a side that lifts several areas: this rule runs on every analysis)
      let liftingCount = 0;
      for (const threads of byArea.values()) liftingCount += threads.length;
      if (liftingCount < COMBINED_MIN.value) {
        const lifting = [...byArea.values()].flat().sort((a, b) => a.number - b.number);
        const areas = { list: [...byArea.keys()].map((a) => AREA_WORDS[a]) };
        const where = { text: 'thread-count.areasTogether', params: { areas } } as const;
        out.push(underTreated(side, lifting, COMBINED_MIN.value, where, { text: 'thread-count.why.combined' }, 'under:combined'));
      }
    }
    return out;
  },
};

function underTreated(side: Side, threads: readonly ThreadGeometry[], needed: number, where: FindingParam, why: FindingParam, aspect: string): Finding {
  const have = threads.length;
  return makeFinding('thread-count', 'info', {
    text: {
      id: 'thread-count',
      params: { have, needed, add: needed - have, where, why, side: { side }, threads: { threads: threads.map((g) => g.number) } },
    },
    threads: threads.map((g) => g.thread.id),
    location: barbedMiddle(threads[0]!) ?? threads[0]!.entry,
    side,
    aspect,
  });
}
