import { KEY_LANDMARK_IDS } from '../photo/landmark-ids';
import * as L from './limits';
import {
  AGE_BANDS, FIXATION_ENDS, INTERVAL_UNITS, LANDMARK_SOURCES, PHOTO_ANGLES, PHOTO_KINDS, PHOTO_MEDIA_TYPES, SIDES, SKIN_THICKNESSES,
} from './validate';
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
    `calendar dates exist; the paths have at most ${L.MAX_PLAN_PATH_POINTS} points in all; ` +
    'photo ids are unique and each landmark appears once per photo; a photo is a complete ' +
    'JPEG or PNG of the stated type and size, without metadata (EXIF, XMP, text chunks); ' +
    'a baseline photo has no interval and a follow-up photo has one; final revisions are oldest first, ' +
    'each numbered below the current revision, and their threads, entry points and path points count toward ' +
    'the same totals as the current ones; a sign-off names who signed; the file is at most ' +
    `${L.MAX_PLAN_FILE_BYTES / 1_000_000} MB and nests at most ${L.MAX_NESTING_DEPTH} levels.`,
  type: 'object',
  additionalProperties: false,
  required: ['format', 'schemaVersion', 'meta', 'entryPoints', 'threads', 'photos', 'photoScale', 'revision', 'signOff', 'finalRevisions'],
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
    photos: {
      title: 'Photos',
      description:
        `The patient's photos with their alignment to the canonical face, at most ${L.MAX_PHOTOS}. ` +
        'Stored inside the plan so they travel with it; they never leave the machine otherwise.',
      type: 'array',
      maxItems: L.MAX_PHOTOS,
      items: { $ref: '#/$defs/photo' },
    },
    photoScale: {
      title: 'Photo scale',
      description:
        'A known distance between two landmarks that scales photo measurements to millimetres, or null for ' +
        'the default (the interpupillary distance at its adult average).',
      anyOf: [{ $ref: '#/$defs/photoScale' }, { type: 'null' }],
    },
    revision: {
      title: 'Revision',
      description: `The current revision's number, from 1 to ${L.MAX_REVISION}. Editing a revision marked final starts the next one.`,
      type: 'integer',
      minimum: 1,
      maximum: L.MAX_REVISION,
    },
    signOff: {
      title: 'Sign-off',
      description: 'Set when the current revision is marked final: who signed it off and on which day; null for a draft.',
      anyOf: [{ $ref: '#/$defs/signOff' }, { type: 'null' }],
    },
    finalRevisions: {
      title: 'Final revisions',
      description: `Earlier revisions that were marked final and then edited, kept read-only, oldest first; at most ${L.MAX_FINAL_REVISIONS}. Photos are not copied into them.`,
      type: 'array',
      maxItems: L.MAX_FINAL_REVISIONS,
      items: { $ref: '#/$defs/finalRevision' },
    },
  },
  $defs: {
    signOff: {
      title: 'Sign-off',
      description: 'Who marked a revision final, and on which day.',
      type: 'object',
      additionalProperties: false,
      required: ['by', 'on'],
      properties: {
        by: { title: 'Signed off by', description: 'Who marked the revision final.', type: 'string', minLength: 1, maxLength: L.MAX_PRACTITIONER_LENGTH, pattern: '\\S' },
        on: { ...isoDate, title: 'Signed off on', description: 'The day the revision was marked final, yyyy-mm-dd.' },
      },
    },
    finalRevision: {
      title: 'Final revision',
      description: 'A revision as it was when marked final: its details, entry points and threads.',
      type: 'object',
      additionalProperties: false,
      required: ['revision', 'signOff', 'meta', 'entryPoints', 'threads'],
      properties: {
        revision: { title: 'Revision', description: 'Its number: above the kept revision before it, below the current revision.', type: 'integer', minimum: 1, maximum: L.MAX_REVISION },
        signOff: { $ref: '#/$defs/signOff' },
        meta: { $ref: '#/$defs/meta' },
        entryPoints: { title: 'Entry points', description: 'The entry points as they were.', type: 'array', maxItems: L.MAX_ENTRY_POINTS, items: { $ref: '#/$defs/entryPoint' } },
        threads: { title: 'Threads', description: 'The threads as they were.', type: 'array', maxItems: L.MAX_THREADS, items: { $ref: '#/$defs/thread' } },
      },
    },
    landmarkId: {
      title: 'Landmark id',
      description: '"mp:N" for MediaPipe face-mesh landmark N (0-477), or a key landmark named as in the atlas (e.g. "tragus-left").',
      type: 'string',
      // mp:0 to mp:477, or one of the key landmark names
      pattern: `^(mp:([0-9]|[1-9][0-9]|[1-3][0-9]{2}|4[0-6][0-9]|47[0-7])|${KEY_LANDMARK_IDS.join('|')})$`,
    },
    photo: {
      title: 'Photo',
      description: 'One photo of the patient: its view, when it was taken, the image and its landmarks.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'angle', 'kind', 'date', 'interval', 'image', 'landmarks'],
      properties: {
        id: id('Id', 'Unique among photos, e.g. "p1".'),
        angle: {
          title: 'Angle',
          description: "The view. Sides are the patient's: oblique-right shows the patient's right cheek.",
          enum: PHOTO_ANGLES,
        },
        kind: { title: 'Kind', description: 'Before the procedure (baseline) or after it (follow-up).', enum: PHOTO_KINDS },
        date: { title: 'Date taken', description: 'ISO calendar date yyyy-mm-dd.', ...isoDate },
        interval: {
          title: 'Interval after the procedure',
          description: 'For a follow-up photo, how long after the procedure it was taken; null for a baseline photo.',
          anyOf: [
            {
              type: 'object',
              additionalProperties: false,
              required: ['value', 'unit'],
              properties: {
                value: { type: 'integer', minimum: 0, maximum: L.MAX_FOLLOW_UP_VALUE },
                unit: { enum: INTERVAL_UNITS },
              },
            },
            { type: 'null' },
          ],
        },
        image: {
          title: 'Image',
          description:
            `The photo, re-encoded on import without metadata: at most ${L.MAX_PHOTO_LONG_SIDE_PX} px on each side and ` +
            `${L.MAX_PHOTO_BYTES / 1_000_000} MB encoded.`,
          type: 'object',
          additionalProperties: false,
          required: ['mediaType', 'width', 'height', 'data'],
          properties: {
            mediaType: { title: 'Media type', description: 'JPEG (what the importer writes) or PNG.', enum: PHOTO_MEDIA_TYPES },
            width: { title: 'Width', description: 'Pixels; must match the image.', type: 'integer', minimum: 1, maximum: L.MAX_PHOTO_LONG_SIDE_PX },
            height: { title: 'Height', description: 'Pixels; must match the image.', type: 'integer', minimum: 1, maximum: L.MAX_PHOTO_LONG_SIDE_PX },
            data: {
              title: 'Image data',
              description: 'The encoded image, standard base64 with padding.',
              type: 'string',
              maxLength: Math.ceil(L.MAX_PHOTO_BYTES / 3) * 4,
              pattern: '^[A-Za-z0-9+/]*={0,2}$',
            },
          },
        },
        landmarks: {
          title: 'Landmarks',
          description: `The alignment, in pixels of the stored image; at most ${L.MAX_PHOTO_LANDMARKS}.`,
          type: 'array',
          maxItems: L.MAX_PHOTO_LANDMARKS,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'x', 'y', 'source'],
            properties: {
              id: { $ref: '#/$defs/landmarkId' },
              x: { type: 'number' },
              y: { type: 'number' },
              source: { description: 'Found by the detector, or placed or moved by hand.', enum: LANDMARK_SOURCES },
            },
          },
        },
      },
    },
    photoScale: {
      title: 'Photo scale',
      description: 'The real distance between two landmarks, for before/after measurements.',
      type: 'object',
      additionalProperties: false,
      required: ['fromLandmark', 'toLandmark', 'distanceMm'],
      properties: {
        fromLandmark: { $ref: '#/$defs/landmarkId' },
        toLandmark: { $ref: '#/$defs/landmarkId' },
        distanceMm: {
          title: 'Distance',
          description: `The real distance between the two landmarks, millimetres, ${L.MIN_PHOTO_SCALE_MM} to ${L.MAX_PHOTO_SCALE_MM}.`,
          type: 'number',
          minimum: L.MIN_PHOTO_SCALE_MM,
          maximum: L.MAX_PHOTO_SCALE_MM,
        },
      },
    },
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
