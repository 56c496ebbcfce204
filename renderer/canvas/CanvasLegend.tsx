/**
 * The key to the diagram over the canvas: the rows of the shared legend (shared/scene/legend.ts,
 * the same rows as the PDF's key), each swatch drawn from scene items with the canvas back-end
 * in the current theme's palette. Collapsed to a "Key" button by default so a blank plan opens
 * calm; K or the button opens it. It lists the overlays that are on.
 */
import { useEffect, useMemo, useRef } from 'react';
import { atlasScene } from '../../shared/scene/build-scene';
import { LEGEND_SWATCH_MM, sceneLegend, type LegendRow, type LegendRowId } from '../../shared/scene/legend';
import type { Palette } from '../../shared/scene/palette';
import { t, type MessageKey } from '../i18n';
import { useCommands, useEditor, useEditorState, useEnvironment, withShortcut } from '../ui/editor-context';
import { drawItems } from './draw-item';

/** Swatch scale on screen, CSS px per mm: 22 mm -> 62 px. Design choice: legible marks, small rows. */
const SWATCH_PX_PER_MM = 2.8;
const ROW_HEIGHT_PX = 22;

const rowKey = (id: LegendRowId): MessageKey => `legend.${id}`;

function Swatch({ row, palette }: { readonly row: LegendRow; readonly palette: Palette }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const width = Math.ceil(LEGEND_SWATCH_MM * SWATCH_PX_PER_MM) + 4;
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(ROW_HEIGHT_PX * dpr);
    ctx.setTransform(dpr * SWATCH_PX_PER_MM, 0, 0, dpr * SWATCH_PX_PER_MM, dpr * 2, (dpr * ROW_HEIGHT_PX) / 2);
    drawItems(ctx, row.items, { palette, zoom: SWATCH_PX_PER_MM });
  }, [row, palette, width]);
  return <canvas ref={ref} className="legend-swatch" style={{ width, height: ROW_HEIGHT_PX }} aria-hidden="true" />;
}

export function CanvasLegend({ palette }: { readonly palette: Palette }) {
  const editor = useEditor();
  const { atlas } = useEnvironment();
  const open = useEditorState((s) => s.legendOpen);
  const layers = useEditorState((s) => s.layers);
  const command = useCommands().get('view.legend');
  const sections = useMemo(
    () => sceneLegend(atlasScene(atlas, layers)),
    [atlas, layers],
  );
  return (
    <div className={`canvas-legend${open ? ' is-open' : ''}`} data-testid="canvas-legend">
      <button
        type="button"
        className="legend-toggle"
        aria-expanded={open}
        aria-controls="canvas-legend-body"
        title={withShortcut(command, t('legend.label'))}
        onClick={() => editor.setLegendOpen(!open)}
      >
        {t('legend.title')}
      </button>
      {open && (
        <section id="canvas-legend-body" className="legend-body" aria-label={t('legend.label')}>
          {sections.map((section) => (
            <div key={section.id} className="legend-section" data-section={section.id}>
              <h3>{t(`legend.section.${section.id}`)}</h3>
              {section.rows.length === 0 ? (
                <p className="muted">{t('legend.noOverlays')}</p>
              ) : (
                <ul>
                  {section.rows.map((row) => (
                    <li key={row.id} data-legend-row={row.id}>
                      <Swatch row={row} palette={palette} />
                      <span>{t(rowKey(row.id), row.params)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
