/**
 * The patient's aftercare handout, in plain words for a lay reader. The advice rests on the
 * aftercare facts collected in shared/domain.md ("Aftercare facts from the seeds"); the
 * warning signs repeat the complications listed there (infection, extrusion, visible thread,
 * dimpling). Each step is a period after the procedure and what to avoid during it.
 */

export interface AftercareStep {
  readonly when: string;
  readonly items: readonly string[];
}

export const AFTERCARE = {
  title: 'Caring for your face after a thread lift',
  intro:
    'Please keep this sheet. It explains how to look after your face while the threads settle in. ' +
    'If your practitioner gives you different advice, follow theirs.',
  expectTitle: 'What to expect',
  expect: [
    'Some bruising and swelling are normal. They usually fade within one to two weeks.',
    'The lift may look a little stronger than planned at first. This is intended and settles over two to three weeks.',
    'Most people feel fully recovered after about a month.',
  ],
  stepsTitle: 'What to avoid, and for how long',
  steps: [
    {
      when: 'Week before',
      items: ['Do not drink alcohol in the week before.'],
    },
    {
      when: 'First day',
      items: ['Do not wear make-up.', 'Do not touch, rub or massage your face.'],
    },
    {
      when: 'First 3 days',
      items: ['No sauna, hot bath or sunbed (solarium).'],
    },
    {
      when: 'First week',
      items: [
        'Sleep on your back.',
        'Keep your facial expressions gentle: avoid very wide smiles, big yawns and grimacing.',
        'Do not drink alcohol.',
      ],
    },
    {
      when: 'First 2 weeks',
      items: ['No intense sport or strenuous exercise.'],
    },
    {
      when: 'First month',
      items: [
        'No facial massage and nothing that presses hard on your face.',
        'Stay out of strong sun and heat for 30 days.',
        'No skin-care treatments with hyaluronic acid until your practitioner says they are safe.',
      ],
    },
  ] satisfies readonly AftercareStep[],
  contactTitle: 'When to contact your clinic',
  contact:
    'Call your practitioner if anything worries you, and in particular if pain, swelling or redness gets worse ' +
    'instead of better, if you have a fever, if you can see or feel a thread end under or through the skin, ' +
    'or if dimples or puckering do not settle.',
  clinicLines: ['Clinic', 'Telephone', 'Next appointment'],
} as const;
