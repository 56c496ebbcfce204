import { describe, expect, it } from 'vitest';
import { ExportChoices, type ExportChoice } from '../../../renderer/export/export-choices';
import { lazyPdfExporter } from '../../../renderer/export/lazy-export';
import type { EditorSnapshot } from '../../../renderer/editor/api';

const ON = { regions: true, muscles: false, 'danger-zones': true, fixation: true, 'fixed-mobile-line': false, tissue: false } as const;

describe('Export PDF choices', () => {
  it('starts from the locale paper and the overlays on screen, and remembers the answer for the session', async () => {
    const choices = new ExportChoices(() => 'letter');
    const first = choices.ask(ON);
    const request = choices.current();
    expect(request?.defaults).toEqual({ paper: 'letter', anonymize: false, aftercare: false, signature: false, consent: false, layers: ON, language: 'en' });
    const answer: ExportChoice = { ...request!.defaults, paper: 'a4', anonymize: true, aftercare: true, layers: { ...ON, regions: false } };
    request!.answer(answer);
    await expect(first).resolves.toEqual(answer);
    expect(choices.current()).toBeNull();

    const onScreenNow = { ...ON, muscles: true };
    void choices.ask(onScreenNow);
    // The ticks are remembered; the overlays follow the screen again.
    expect(choices.current()?.defaults).toEqual({ paper: 'a4', anonymize: true, aftercare: true, signature: false, consent: false, layers: onScreenNow, language: 'en' });
  });

  it('a cancelled dialog resolves to null, remembers nothing, and the exporter builds no PDF', async () => {
    const choices = new ExportChoices(() => 'a4');
    const asked = choices.ask(ON);
    choices.current()!.answer(null);
    await expect(asked).resolves.toBeNull();
    void choices.ask(ON);
    expect(choices.current()?.defaults.anonymize).toBe(false);

    const exporter = lazyPdfExporter(() => null);
    await expect(exporter({ layers: ON } as unknown as EditorSnapshot)).resolves.toBeNull();
  });

  it('keeps each answer in the preferences and offers the kept options in the next session', async () => {
    const kept: unknown[] = [];
    const first = new ExportChoices(() => 'a4', (o) => kept.push(o));
    const asked = first.ask(ON);
    first.current()!.answer({ ...first.current()!.defaults, paper: 'letter', consent: true, signature: true });
    await asked;
    expect(kept).toEqual([{ paper: 'letter', anonymize: false, aftercare: false, signature: true, consent: true }]);

    // Next session: the stored options come back; the overlays still follow the screen.
    const next = new ExportChoices(() => 'a4');
    next.restore(kept[0] as never);
    void next.ask(ON);
    expect(next.current()?.defaults).toEqual({ paper: 'letter', anonymize: false, aftercare: false, signature: true, consent: true, layers: ON, language: 'en' });
    // A stored null paper means "the locale's".
    const fresh = new ExportChoices(() => 'letter');
    fresh.restore({ paper: null, anonymize: true, aftercare: false, signature: false, consent: false });
    void fresh.ask(ON);
    expect(fresh.current()?.defaults.paper).toBe('letter');
    expect(fresh.current()?.defaults.anonymize).toBe(true);
  });

  it("offers the interface's language for the PDF each time, and never keeps the one chosen", async () => {
    let interfaceLanguage: 'en' | 'ko' | 'ru' = 'ru';
    const kept: unknown[] = [];
    const choices = new ExportChoices(() => 'a4', (o) => kept.push(o), () => interfaceLanguage);
    const asked = choices.ask(ON);
    expect(choices.current()?.defaults.language).toBe('ru');
    // A Korean patient's handout from a Russian screen.
    choices.current()!.answer({ ...choices.current()!.defaults, language: 'ko', aftercare: true });
    await expect(asked).resolves.toMatchObject({ language: 'ko', aftercare: true });
    expect(kept).toEqual([{ paper: 'a4', anonymize: false, aftercare: true, signature: false, consent: false }]);
    void choices.ask(ON);
    expect(choices.current()?.defaults.language).toBe('ru');
    interfaceLanguage = 'en';
    void choices.ask(ON);
    expect(choices.current()?.defaults.language).toBe('en');
  });

  it('tells listeners when the dialog opens and closes', () => {
    const choices = new ExportChoices(() => 'a4');
    let calls = 0;
    choices.subscribe(() => calls++);
    void choices.ask(ON);
    choices.current()!.answer(null);
    expect(calls).toBe(2);
  });
});
