import type { Locale } from '../../shared/i18n/locale';
import type { ExportOptionsPreference } from '../../shared/ipc/contract';
import type { PaperSize } from '../../shared/report/types';
import type { OverlayLayerId } from '../../shared/scene/types';

/** What the Export PDF dialog asks: paper, the optional parts, and the overlays on the diagram. */
export interface ExportChoice {
  readonly paper: PaperSize;
  readonly anonymize: boolean;
  readonly aftercare: boolean;
  readonly signature: boolean;
  readonly consent: boolean;
  readonly layers: Readonly<Record<OverlayLayerId, boolean>>;
  /**
   * Photo pages (issue 11). Never remembered between exports: patient photos go into a PDF only
   * when chosen for that export.
   */
  readonly photos?: { readonly overPlan: boolean; readonly beforeAfter: boolean };
  /** Keep the photos in an anonymized PDF (they identify the patient; off unless ticked). */
  readonly photosWhenAnonymized?: boolean;
  /**
   * The language of the whole PDF (issue 14). Offered as the interface's each time and never
   * remembered: a handout is printed in this patient's language, not the last patient's.
   */
  readonly language?: Locale;
}

type RememberedChoice = Omit<ExportChoice, 'layers'>;

/** An open question to the dialog: the defaults to show and how to answer (null = cancelled). */
export interface ExportChoiceRequest {
  readonly defaults: ExportChoice;
  answer(choice: ExportChoice | null): void;
}

/**
 * The bridge between the editor's export (which asks) and the React dialog (which answers):
 * `ask` opens the dialog by publishing a request and resolves when the user answers. The paper
 * and the ticks are remembered, and kept in the preferences through `keep` so the next session
 * offers them again (`restore` puts them back at start-up); the overlays start as shown on
 * screen each time, so the PDF matches what the user sees unless they change it.
 */
export class ExportChoices {
  private request: ExportChoiceRequest | null = null;
  private remembered: RememberedChoice | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly localePaper: () => PaperSize,
    private readonly keep: (options: ExportOptionsPreference) => void = () => undefined,
    /** The interface's language when the dialog opens: the PDF's language unless the user picks another. */
    private readonly interfaceLanguage: () => Locale = () => 'en',
  ) {}

  current = (): ExportChoiceRequest | null => this.request;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The options kept from an earlier session; an answer given in this session wins. */
  restore(options: ExportOptionsPreference): void {
    if (this.remembered) return;
    const { paper, ...ticks } = options;
    this.remembered = { ...ticks, paper: paper ?? this.localePaper() };
  }

  ask(visibleLayers: Readonly<Record<OverlayLayerId, boolean>>): Promise<ExportChoice | null> {
    this.request?.answer(null); // a second export while the dialog is open replaces the first
    const defaults: ExportChoice = {
      ...(this.remembered ?? { paper: this.localePaper(), anonymize: false, aftercare: false, signature: false, consent: false }),
      layers: { ...visibleLayers },
      language: this.interfaceLanguage(),
    };
    return new Promise((resolve) => {
      const request: ExportChoiceRequest = {
        defaults,
        answer: (choice) => {
          if (this.request !== request) return;
          if (choice) {
            const { paper, anonymize, aftercare, signature, consent } = choice;
            this.remembered = { paper, anonymize, aftercare, signature, consent };
            this.keep(this.remembered);
          }
          this.request = null;
          this.emit();
          resolve(choice);
        },
      };
      this.request = request;
      this.emit();
    });
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}
