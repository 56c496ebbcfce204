/**
 * The toolbar: file actions, the four tools, edit actions, zoom, overlay layers, theme and help.
 * Every button runs a named editor command, so labels, shortcuts (in the tooltip) and enabled
 * state come from one place, the command registry.
 */
import { OVERLAY_LAYERS } from '../../shared/scene/types';
import type { Theme } from '../../shared/ipc/contract';
import type { ToolId } from '../editor/api';
import { ACTUAL_SIZE_ZOOM } from '../editor/view-transform';
import { t } from '../i18n';
import { useCommand, useEditor, useSnapshot, withShortcut } from './editor-context';
import { Icon, type IconName } from './icons';

function CommandButton({ id, icon, pressed }: { readonly id: string; readonly icon: IconName; readonly pressed?: boolean }) {
  const editor = useEditor();
  const command = useCommand(id);
  const label = command?.label ?? id;
  return (
    <button
      type="button"
      className="tb-button"
      aria-label={label}
      aria-pressed={pressed}
      title={withShortcut(command, label)}
      disabled={!command || !command.enabled}
      data-command={id}
      onClick={() => editor.run(id)}
    >
      <Icon name={icon} />
    </button>
  );
}

const TOOLS: readonly { id: ToolId; icon: IconName }[] = [
  { id: 'select', icon: 'select' },
  { id: 'entry', icon: 'entry' },
  { id: 'thread', icon: 'thread' },
  { id: 'edit', icon: 'edit' },
];

function LayersMenu() {
  const editor = useEditor();
  const { layers } = useSnapshot();
  const on = OVERLAY_LAYERS.filter((l) => layers[l]).length;
  return (
    <details className="tb-menu">
      <summary className="tb-button tb-summary" title={t('layers.title')}>
        <Icon name="layers" />
        <span className="tb-text">{t('layers.title')}</span>
        <span className="tb-count" aria-hidden="true">{on}</span>
      </summary>
      <fieldset className="tb-popover">
        <legend>{t('aria.layers')}</legend>
        {OVERLAY_LAYERS.map((layer) => (
          <label key={layer} className="check-row">
            <input type="checkbox" checked={layers[layer]} data-layer={layer} onChange={(e) => editor.setLayer(layer, e.currentTarget.checked)} />
            <span className={`swatch swatch-${layer}`} aria-hidden="true" />
            {t(`layer.${layer}`)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

function ZoomControls() {
  const { view } = useSnapshot();
  const percent = Math.round((view.zoom / ACTUAL_SIZE_ZOOM) * 100);
  return (
    <div className="tb-group" role="group" aria-label={t('toolbar.view')}>
      <CommandButton id="view.zoomOut" icon="zoomOut" />
      <output className="tb-zoom" aria-label={t('aria.zoomLevel', { percent })}>
        {percent}%
      </output>
      <CommandButton id="view.zoomIn" icon="zoomIn" />
      <CommandButton id="view.zoomFit" icon="fit" />
      <CommandButton id="view.zoom100" icon="actual" />
    </div>
  );
}

function ThemeSelect() {
  const editor = useEditor();
  const { theme } = useSnapshot();
  return (
    <label className="tb-theme" title={t('theme.title')}>
      <Icon name="sun" />
      <span className="visually-hidden">{t('theme.title')}</span>
      <select value={theme} onChange={(e) => editor.setTheme(e.currentTarget.value as Theme)} data-testid="theme-select">
        <option value="system">{t('theme.system')}</option>
        <option value="light">{t('theme.light')}</option>
        <option value="dark">{t('theme.dark')}</option>
      </select>
    </label>
  );
}

export function Toolbar() {
  const { tool } = useSnapshot();
  return (
    <div className="toolbar" role="toolbar" aria-label={t('aria.toolbar')}>
      <div className="brand" aria-hidden="true">
        <span className="brand-mark" />
        {t('app.name')}
      </div>
      <div className="tb-group" role="group" aria-label={t('toolbar.file')}>
        <CommandButton id="file.new" icon="newFile" />
        <CommandButton id="file.open" icon="open" />
        <CommandButton id="file.save" icon="save" />
        <CommandButton id="file.exportPdf" icon="exportPdf" />
      </div>
      <div className="tb-group" role="group" aria-label={t('toolbar.label')}>
        {TOOLS.map(({ id, icon }) => (
          <CommandButton key={id} id={`tool.${id}`} icon={icon} pressed={tool === id} />
        ))}
      </div>
      <div className="tb-group" role="group" aria-label={t('toolbar.edit')}>
        <CommandButton id="edit.undo" icon="undo" />
        <CommandButton id="edit.redo" icon="redo" />
        <CommandButton id="edit.mirror" icon="mirror" />
        <CommandButton id="edit.duplicate" icon="duplicate" />
        <CommandButton id="edit.delete" icon="delete" />
      </div>
      <ZoomControls />
      <div className="tb-spacer" />
      <LayersMenu />
      <ThemeSelect />
      <CommandButton id="help.shortcuts" icon="help" />
    </div>
  );
}
