/**
 * Every limit the plan loader enforces, in one place. None of these comes from the clinical
 * literature: each is a DESIGN CHOICE, sized well beyond any real plan so that a genuine plan is
 * never refused while a damaged or hostile file is refused quickly, before it can exhaust memory
 * or make the editor unusable. The JSON Schema (schema.ts) and docs/plan-format.md quote these.
 */

/**
 * Largest plan CONTENT written or read, bytes (UTF-8). Sized together with the content limits
 * below and the serializer (issue 8): the largest plan those limits allow, pretty-printed by
 * serializePlan with every text at its longest and costliest (a control character is 6 bytes
 * escaped) and every number at its longest (24 characters), is about 4.2 MB
 * (tests/unit/shared/plan/size-limits.test.ts builds it and checks it fits). So whatever the
 * loader accepts can always be saved, autosaved and reopened. A real plan is far smaller: 200
 * hand-drawn threads of 5 points are about 0.3 MB.
 */
export const MAX_PLAN_CONTENT_BYTES = 5_000_000;

/**
 * Photos (issue 11). DESIGN CHOICES, sized from what clinics photograph, not from any source:
 * - MAX_PHOTOS: a baseline and a follow-up set of the five standard views (frontal, two
 *   oblique, two profile) is 10 photos; a plan with more belongs in a photo archive.
 * - MAX_PHOTO_LONG_SIDE_PX: 2048 px on the long side keeps pores and fine lines visible when
 *   the face fills a third of the frame, and is what the importer scales larger photos down to.
 * - MAX_PHOTO_BYTES: a 2048 px JPEG of a face at quality 0.9 is typically 0.3-1 MB; 2 MB
 *   leaves room for detailed, noisy photos (the importer lowers the quality until it fits).
 * - MAX_PHOTO_LANDMARKS: the refined MediaPipe mesh has 478 points, plus 12 key landmarks.
 */
export const MAX_PHOTOS = 10;
export const MAX_PHOTO_LONG_SIDE_PX = 2048;
export const MAX_PHOTO_BYTES = 2_000_000;
export const MAX_PHOTO_LANDMARKS = 500;

/** A landmark may lie this share of the image size outside the frame (a cropped chin or ear). */
export const PHOTO_LANDMARK_MARGIN = 0.5;

/** Largest follow-up interval number in any unit (design choice: 3650 days is ten years; the
 * same cap on weeks and months only refuses nonsense). */
export const MAX_FOLLOW_UP_VALUE = 3650;

/**
 * The known distance for photo measurements, millimetres. Adult interpupillary distance ranges
 * about 52-78 mm (Dodgson 2004, "Variation and extrema of human interpupillary distance"); the
 * wider bounds admit other landmark pairs (e.g. the face width) and refuse unit mistakes.
 */
export const MIN_PHOTO_SCALE_MM = 5;
export const MAX_PHOTO_SCALE_MM = 300;

/**
 * What one photo may add to the file as serializePlan writes it: its base64 image (4 characters
 * per 3 bytes), its landmarks pretty-printed with every number at its longest (at most 160
 * bytes each) and its other fields (1 kB). tests/unit/shared/plan/size-limits.test.ts builds the
 * largest plan with the most and largest photos and checks it fits.
 */
export const PHOTO_LANDMARK_BYTES = 160;
export const PHOTO_ALLOWANCE_BYTES = Math.ceil(MAX_PHOTO_BYTES / 3) * 4 + MAX_PHOTO_LANDMARKS * PHOTO_LANDMARK_BYTES + 1_000;

/**
 * Largest plan FILE opened or written, bytes: the content plus the photos, each with its own
 * allowance, so the content bound above stays what the serializer guarantees. Every reader (app,
 * desktop shell, CLI, autosave, IPC) checks this one number before parsing.
 */
export const MAX_ATTACHMENT_BYTES = MAX_PHOTOS * PHOTO_ALLOWANCE_BYTES;
export const MAX_PLAN_FILE_BYTES = MAX_PLAN_CONTENT_BYTES + MAX_ATTACHMENT_BYTES;


/**
 * Deepest bracket nesting accepted in the raw text. A valid plan nests 5 levels
 * (plan > threads > thread > path > point); 64 allows for any future shape while refusing
 * pathological files before JSON.parse sees them.
 */
export const MAX_NESTING_DEPTH = 64;

/** Coordinates on the canonical face, millimetres: |x| and |y| at most this. The drawn face
 * (with neck and ears) fits inside about +/-120 mm; 400 mm catches unit mistakes (pixels, microns). */
export const MAX_COORDINATE_MM = 400;

/** Depth below the skin surface, millimetres. Skin, fat and SMAS together stay under about
 * 15 mm anywhere on the face (shared/domain.md: skin 2.1 mm, superficial fat 5.2 +/- 1.9 mm);
 * 30 mm leaves room for a deliberately deep plan and refuses nonsense. */
export const MIN_DEPTH_MM = 0;
export const MAX_DEPTH_MM = 30;

/** Tension applied to one thread, newtons. Cog threads hold about 1.9 N (shared/domain.md);
 * the cap is far above that so the over-tension rule can still see an excessive value. */
export const MIN_TENSION_N = 0;
export const MAX_TENSION_N = 50;

/** A path needs a start and an end; 500 points is far more than a hand-drawn path needs. */
export const MIN_PATH_POINTS = 2;
export const MAX_PATH_POINTS = 500;

/**
 * Threads per plan: the largest plan VectorLift supports, and the size its analysis, PDF and
 * benchmarks are held to (docs/plan-format.md "Limits"). DESIGN CHOICE from what a session can
 * hold: a full face and neck with barbed threads uses 10-40 (shared/domain.md: 2-6 per area and
 * side), and skin-quality "mesh" work with smooth mono threads adds up to a few dozen per area;
 * 200 covers the densest of both, on both sides, with room to spare. It was 1,000, which no
 * plan needs and which made findings and the PDF grow past usefulness (82,835 findings, an
 * 11,895-page report).
 */
export const MAX_THREADS = 200;
/** Entry points per plan: at most one per thread is the extreme (fans share one). */
export const MAX_ENTRY_POINTS = MAX_THREADS;
/**
 * Path points in the whole plan. DESIGN CHOICE: 50 on average at the thread limit, ten times a
 * hand-drawn path; one path may still have up to MAX_PATH_POINTS. With the thread limit this
 * bounds the written size (see MAX_PLAN_CONTENT_BYTES).
 */
export const MAX_PLAN_PATH_POINTS = 10_000;

/**
 * Final revisions kept inside a plan (schema 3). DESIGN CHOICE: a plan is signed off once, and
 * re-signed after a touch-up or two; five is more than a treatment course needs, and each kept
 * revision's plan notes (up to MAX_PLAN_NOTES_LENGTH) count toward the written size, which
 * tests/unit/shared/plan/size-limits.test.ts checks still fits MAX_PLAN_CONTENT_BYTES. Their
 * threads, entry points and path points count toward the plan's totals (MAX_THREADS...), so the
 * largest plan stays the largest file.
 */
export const MAX_FINAL_REVISIONS = 5;
/** Highest revision number (design choice: far above any plan; refuses nonsense). */
export const MAX_REVISION = 10_000;

/** path[0] must lie on its entry point within this distance, millimetres (absorbs rounding). */
export const ENTRY_POINT_TOLERANCE_MM = 0.5;

/** The barbed section may overrun the measured path length by this much, millimetres
 * (rounding in files written by hand or by other tools). */
export const BARBED_LENGTH_TOLERANCE_MM = 0.5;

/** Sagging grade scale, 0 (none) to 4 (severe). */
export const MIN_SAGGING_GRADE = 0;
export const MAX_SAGGING_GRADE = 4;

/** String length caps, UTF-16 code units (what JavaScript calls string length). */
export const MAX_ID_LENGTH = 64;
export const MAX_LABEL_LENGTH = 32;
export const MAX_TITLE_LENGTH = 200;
export const MAX_PRACTITIONER_LENGTH = 200;
export const MAX_PATIENT_ID_LENGTH = 100;
export const MAX_PLAN_NOTES_LENGTH = 20_000;
export const MAX_THREAD_NOTES_LENGTH = 2_000;
export const MAX_LOT_NUMBER_LENGTH = 64;

/** Ids: letters, digits and . _ : - only, so they are safe in file names, CSS and logs. */
export const ID_PATTERN_SOURCE = '^[A-Za-z0-9._:-]+$';
export const ID_PATTERN = new RegExp(ID_PATTERN_SOURCE);

/** ISO calendar date yyyy-mm-dd (the validator also checks the day exists). */
export const DATE_PATTERN_SOURCE = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
