import * as L from './limits';
import { AGE_BANDS, FIXATION_ENDS, SIDES, SKIN_THICKNESSES } from './validate';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION } from './types';

/**
 * JSON Schema (draft 2020-12) of the current `.vlift` format: documentation for people and
 * other tools, printed by `vectorlift schema`. The run-time check is validate.ts, which also
 * checks what a schema cannot express (listed in the root description below); a unit test runs
 * every fixture through both so they cannot drift apart.
 */

const id = (title: string, description: string) => ({
  title,
  description: `${description} Letters, digits and . _ : - only; at most ${L.MAX_ID_LENGTH} characters.`,
  type: 'string',
  minLength: 1,
  maxLength: L.MAX_ID_LENGTH,
  pattern: L.ID_PATTERN_SOURCE,
});

const text = (title: string, description: string, maxLength: number) => ({
  title,
  description: `${description} At most ${maxLength} characters.`,
  type: 'string',
  maxLength,
});

const coordinate = (title: string, description: string) => ({
  title,
  description: `${description} Millimetres; magnitude at most ${L.MAX_COORDINATE_MM} mm.`,
  type: 'number',
  minimum: -L.MAX_COORDINATE_MM,
  maximum: L.MAX_COORDINATE_MM,
});

const depth = (title: string, description: string) => ({
  title,
  description: `${description} Millimetres below the skin surface, ${L.MIN_DEPTH_MM} to ${L.MAX_DEPTH_MM}.`,
  type: 'number',
  minimum: L.MIN_DEPTH_MM,
  maximum: L.MAX_DEPTH_MM,
});

const side = (title: string) => ({
  title,
  description: "The PATIENT'S side. The patient's right is drawn on the viewer's left (negative x).",
  enum: SIDES,
});

const isoDate = {
  type: 'string',
  pattern: L.DATE_PATTERN_SOURCE,
  format: 'date',
} as const;

export const PLAN_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `https://vectorlift.invalid/schema/plan-v${PLAN_SCHEMA_VERSION}.json`,
  title: 'VectorLift plan (.vlift)',
  description:
    'A thread-lift plan: details of the case, entry points and threads on the canonical face. ' +
    'Coordinates are millimetres on a frontal view: origin on the facial midline at the pupil line, ' +
    "+x toward the viewer's right (the patient's LEFT), +y downward. " +
    'VectorLift also checks what this schema cannot: ids are unique within entry points and within threads; ' +
    "every thread's entryPointId names an entry point; path[0] lies within " +
    `${L.ENTRY_POINT_TOLERANCE_MM} mm of that entry point; pointDepthsMm has one entry per path point; ` +
    'the barbed section starts before it ends and ends within the path length; ' +
    `calendar dates exist; the paths have at most ${L.MAX_PLAN_PATH_POINTS} points in all; the file is at most ` +
    `${L.MAX_PLAN_FILE_BYTES / 1_000_000} MB and nests at most ${L.MAX_NESTING_DEPTH} levels.`,
  type: 'object',
  additionalProperties: false,
  required: ['format', 'schemaVersion', 'meta', 'entryPoints', 'threads'],
  properties: {
    format: {
      title: 'Format name',
      description: 'Always "vectorlift-plan"; tells VectorLift files from other JSON.',
      const: PLAN_FORMAT,
    },
    schemaVersion: {
      title: 'Schema version',
      description:
        `Version of this format. This schema describes version ${PLAN_SCHEMA_VERSION}; VectorLift upgrades older ` +
        'files when it opens them and refuses files from newer versions.',
      const: PLAN_SCHEMA_VERSION,
    },
    meta: { $ref: '#/$defs/meta' },
    entryPoints: {
      title: 'Entry points',
      description: `Insertion points; several threads may share one (fan technique). At most ${L.MAX_ENTRY_POINTS}.`,
      type: 'array',
      maxItems: L.MAX_ENTRY_POINTS,
      items: { $ref: '#/$defs/entryPoint' },
    },
    threads: {
      title: 'Threads',
      description: `The threads of the plan. At most ${L.MAX_THREADS}.`,
      type: 'array',
      maxItems: L.MAX_THREADS,
      items: { $ref: '#/$defs/thread' },
    },
  },
  $defs: {
    meta: {
      title: 'Plan details',
      description: 'Who and what the plan is for. A planning aid, not a medical record: keep identifiers pseudonymous.',
      type: 'object',
      additionalProperties: false,
      required: ['title', 'date', 'practitioner', 'patientId', 'ageBand', 'skinThickness', 'saggingGrade', 'notes'],
      properties: {
        title: text('Title', 'Name of the plan as shown in the window title and on the PDF.', L.MAX_TITLE_LENGTH),
        date: { title: 'Date', description: 'Date of the plan, ISO calendar date yyyy-mm-dd.', ...isoDate },
        practitioner: text('Practitioner', 'Who made the plan.', L.MAX_PRACTITIONER_LENGTH),
        patientId: text('Patient pseudonym or ID', 'A pseudonym or clinic ID; never needs to be a real name.', L.MAX_PATIENT_ID_LENGTH),
        ageBand: {
          title: 'Age band',
          description: 'Coarse age band of the patient, or null when not given.',
          enum: [...AGE_BANDS, null],
        },
        skinThickness: {
          title: 'Skin thickness',
          description: 'Clinical impression of skin thickness; thin skin raises the depth margin of the superficial-path rule.',
          enum: SKIN_THICKNESSES,
        },
        saggingGrade: {
          title: 'Sagging grade',
          description: `Tissue sagging, ${L.MIN_SAGGING_GRADE} (none) to ${L.MAX_SAGGING_GRADE} (severe), or null when not graded.`,
          type: ['integer', 'null'],
          minimum: L.MIN_SAGGING_GRADE,
          maximum: L.MAX_SAGGING_GRADE,
        },
        notes: text('Notes', 'Free-text notes on the plan.', L.MAX_PLAN_NOTES_LENGTH),
      },
    },
    point: {
      title: 'Point on the canonical face',
      description: 'A position in millimetres on the canonical frontal face.',
      type: 'object',
      additionalProperties: false,
      required: ['x', 'y'],
      properties: {
        x: coordinate('x', "Horizontal position from the midline; positive toward the viewer's right (patient's left)."),
        y: coordinate('y', 'Vertical position from the pupil line; positive downward.'),
      },
    },
    entryPoint: {
      title: 'Entry point',
      description: 'Where the needle or cannula goes in.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'label', 'position', 'side'],
      properties: {
        id: id('Id', 'Unique among entry points, e.g. "e1".'),
        label: text('Label', 'Short label shown on the diagram, e.g. "A".', L.MAX_LABEL_LENGTH),
        position: { $ref: '#/$defs/point' },
        side: side('Side'),
      },
    },
    barbed: {
      title: 'Barbed section',
      description: 'The part of the path that carries barbs or cones, as distances along the path from the entry point.',
      type: 'object',
      additionalProperties: false,
      required: ['startMm', 'endMm'],
      properties: {
        startMm: { title: 'Barbs start', description: 'Millimetres along the path from the entry point where barbs begin; at least 0.', type: 'number', minimum: 0 },
        endMm: { title: 'Barbs end', description: 'Millimetres along the path from the entry point where barbs end; not before startMm, not beyond the path end.', type: 'number', minimum: 0 },
      },
    },
    lot: {
      title: 'Lot',
      description: 'Manufacturer lot of the thread used, for traceability.',
      type: 'object',
      additionalProperties: false,
      required: ['number', 'expiry'],
      properties: {
        number: text('Lot number', 'As printed on the package.', L.MAX_LOT_NUMBER_LENGTH),
        expiry: {
          title: 'Expiry date',
          description: 'ISO calendar date yyyy-mm-dd, or "" when unknown.',
          anyOf: [isoDate, { const: '' }],
        },
      },
    },
    thread: {
      title: 'Thread',
      description: 'One thread: its type, path, depth, barbs, fixation and tension.',
      type: 'object',
      additionalProperties: false,
      required: [
        'id', 'side', 'typeId', 'entryPointId', 'path', 'depthMm', 'pointDepthsMm', 'barbed',
        'fixationEnd', 'fixationZoneId', 'tensionN', 'lot', 'notes',
      ],
      properties: {
        id: id('Id', 'Unique among threads, e.g. "t1".'),
        side: side('Side'),
        typeId: id('Thread type', 'Id of a thread type in the catalogue, e.g. "pdo-cog-bi-19g-100".'),
        entryPointId: id('Entry point', 'Id of the entry point the thread starts at.'),
        path: {
          title: 'Path',
          description:
            `Polyline of the thread on the canonical face, starting at its entry point; ${L.MIN_PATH_POINTS} to ` +
            `${L.MAX_PATH_POINTS} points, millimetres.`,
          type: 'array',
          minItems: L.MIN_PATH_POINTS,
          maxItems: L.MAX_PATH_POINTS,
          items: { $ref: '#/$defs/point' },
        },
        depthMm: depth('Default depth', 'Depth of the whole path unless overridden per point.'),
        pointDepthsMm: {
          title: 'Depth per point',
          description: 'One entry per path point: a depth overriding the default, or null to keep it. Depth between points is interpolated linearly.',
          type: 'array',
          minItems: L.MIN_PATH_POINTS,
          maxItems: L.MAX_PATH_POINTS,
          items: { anyOf: [depth('Depth override', 'Depth at this point.'), { type: 'null' }] },
        },
        barbed: {
          title: 'Barbed section',
          description: 'The barbed or coned section, or null for a smooth thread.',
          anyOf: [{ $ref: '#/$defs/barbed' }, { type: 'null' }],
        },
        fixationEnd: {
          title: 'Fixation end',
          description: 'Which end is anchored: "entry" (the entry point end) or "distal" (the far end).',
          enum: FIXATION_ENDS,
        },
        fixationZoneId: {
          title: 'Fixation zone',
          description: 'Id of the atlas fixation zone the thread is anchored in (e.g. "deep-temporal-fascia-left"), or null for a floating thread.',
          anyOf: [id('Fixation zone id', 'An atlas fixation zone id.'), { type: 'null' }],
        },
        tensionN: {
          title: 'Tension',
          description: `Tension applied when setting the thread, newtons, ${L.MIN_TENSION_N} to ${L.MAX_TENSION_N}.`,
          type: 'number',
          minimum: L.MIN_TENSION_N,
          maximum: L.MAX_TENSION_N,
        },
        lot: {
          title: 'Lot',
          description: 'Lot number and expiry of the thread used, or null.',
          anyOf: [{ $ref: '#/$defs/lot' }, { type: 'null' }],
        },
        notes: text('Notes', 'Free-text notes on this thread.', L.MAX_THREAD_NOTES_LENGTH),
      },
    },
  },
} as const;
