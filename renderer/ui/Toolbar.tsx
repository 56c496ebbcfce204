/**
 * The toolbar, one row at 1280 px: file actions, the four tools, edit actions, zoom, the training
 * menu, the view switcher (frontal, oblique, profile), then (right) the view menu (overlays,
 * theme) and help.
 * Every button runs a named editor command, so labels, shortcuts (in the tooltip) and enabled
 * state come from one place, the command registry.
 */
import { OVERLAY_LAYERS } from '../../shared/scene/types';
import type { Theme } from '../../shared/ipc/contract';
import type { ToolId } from '../editor/api';
import { FACE_VIEW_LABEL, FACE_VIEW_ORDER } from '../editor/commands/view-face';
import { ACTUAL_SIZE_ZOOM } from '../editor/view-transform';
import { resolveLanguage, t } from '../i18n';
import { prepareLanguage } from '../i18n/prepare';
import { LOCALES, LOCALE_NAMES } from '../../shared/i18n/locale';
import { memo, useState } from 'react';
import type { CommandInfo } from '../editor/api';
import { useCommands, useEditor, useEditorState, withShortcut } from './editor-context';
import { Icon, type IconName } from './icons';
import { ToolbarMenu } from './ToolbarMenu';
import { TrainingButtons } from './training/TrainingButtons';

const CommandButton = memo(function CommandButton({ id, icon, pressed, command }: { readonly id: string; readonly icon: IconName; readonly pressed?: boolean; readonly command: CommandInfo | undefined }) {
  const editor = useEditor();
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
});

const TOOLS: readonly { id: ToolId; icon: IconName }[] = [
  { id: 'select', icon: 'select' },
  { id: 'entry', icon: 'entry' },
  { id: 'thread', icon: 'thread' },
  { id: 'edit', icon: 'edit' },
];

/** Overlays (keys 1-6) and the theme, in one menu so the toolbar keeps to one row. */
function ViewMenu() {
  const editor = useEditor();
  const layers = useEditorState((s) => s.layers);
  const theme = useEditorState((s) => s.theme);
  const snap = useEditorState((s) => s.snap);
  const on = OVERLAY_LAYERS.filter((l) => layers[l]).length;
  return (
    <ToolbarMenu
      label={t('view.menu')}
      title={t('view.menuHint')}
      icon={<Icon name="layers" />}
      badge={
        <span className="tb-count" aria-hidden="true">
          {on}
        </span>
      }
      className="view-menu"
      testId="view-menu"
    >
      <fieldset className="menu-group">
        <legend>{t('view.overlays')}</legend>
        {OVERLAY_LAYERS.map((layer, i) => (
          <label key={layer} className="check-row">
            <input type="checkbox" checked={layers[layer]} data-layer={layer} onChange={(e) => editor.setLayer(layer, e.currentTarget.checked)} />
            <span className={`swatch swatch-${layer}`} aria-hidden="true" />
            <span className="check-label">{t(`layer.${layer}`)}</span>
            <kbd aria-hidden="true">{i + 1}</kbd>
          </label>
        ))}
      </fieldset>
      <fieldset className="menu-group">
        <legend>{t('view.drawing')}</legend>
        <label className="check-row">
          <input type="checkbox" checked={snap} data-testid="snap-toggle" onChange={(e) => editor.setSnap(e.currentTarget.checked)} />
          <span className="check-label">{t('command.view.snap')}</span>
          <kbd aria-hidden="true">S</kbd>
        </label>
        <span className="field-hint">{t('view.snapHint')}</span>
      </fieldset>
      <LanguageChoice />
      <fieldset className="menu-group">
        <legend>{t('view.theme')}</legend>
        {(['system', 'light', 'dark'] as const).map((value) => (
          <label key={value} className="check-row">
            <input type="radio" name="theme" value={value} checked={theme === value} data-theme-choice={value} onChange={() => editor.setTheme(value as Theme)} />
            <span className="check-label">{t(`theme.${value}`)}</span>
          </label>
        ))}
      </fieldset>
    </ToolbarMenu>
  );
}

/**
 * The interface language: the system's, or one of ours named in itself. The bundled font for the
 * new script and the language's words are loaded before the switch, so the canvas never draws
 * the new labels in a fallback font and no view shows a moment of English.
 */
function LanguageChoice() {
  const editor = useEditor();
  const language = useEditorState((s) => s.language);
  // The choice shows at once while its words and font load (a few milliseconds to fetch them);
  // the interface switches when they are there.
  const [pending, setPending] = useState<string | null>(null);
  const choose = (value: string): void => {
    setPending(value);
    void prepareLanguage(resolveLanguage(value))
      .then(() => editor.setLanguage(value))
      .finally(() => setPending((p) => (p === value ? null : p)));
  };
  const shown = pending ?? language;
  const choices: readonly { value: string; label: string }[] = [
    { value: 'system', label: t('language.system', { name: LOCALE_NAMES[resolveLanguage('system')] }) },
    ...LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] })),
  ];
  return (
    <fieldset className="menu-group">
      <legend>{t('view.language')}</legend>
      {choices.map(({ value, label }) => (
        <label key={value} className="check-row">
          <input type="radio" name="language" value={value} checked={shown === value} data-language-choice={value} onChange={() => choose(value)} />
          <span className="check-label" lang={value === 'system' ? undefined : value}>
            {label}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The view switcher: the view shown, with buttons that turn it one step round the head (',' and
 * '.') and a list of all five (renderer/editor/commands/view-face.ts).
 */
function FaceViewSwitcher({ commands }: { readonly commands: ReadonlyMap<string, CommandInfo> }) {
  const editor = useEditor();
  const faceView = useEditorState((s) => s.faceView);
  return (
    <div className="tb-group face-view" role="group" aria-label={t('view.face.switcher')} data-testid="face-view-switcher">
      <CommandButton command={commands.get('view.face.previous')} id="view.face.previous" icon="turnLeft" />
      <select
        className="tb-select"
        aria-label={t('view.face.switcher')}
        title={t('view.face.switcher')}
        value={faceView}
        data-testid="face-view-select"
        onChange={(e) => editor.run(`view.face.${e.currentTarget.value}`)}
      >
        {FACE_VIEW_ORDER.map((v) => (
          <option key={v} value={v}>
            {t(FACE_VIEW_LABEL[v])}
          </option>
        ))}
      </select>
      <CommandButton command={commands.get('view.face.next')} id="view.face.next" icon="turnRight" />
    </div>
  );
}

function ZoomControls({ commands }: { readonly commands: ReadonlyMap<string, CommandInfo> }) {
  const zoom = useEditorState((s) => s.view.zoom);
  const percent = Math.round((zoom / ACTUAL_SIZE_ZOOM) * 100);
  return (
    <div className="tb-group" role="group" aria-label={t('toolbar.view')}>
      <CommandButton command={commands.get('view.zoomOut')} id="view.zoomOut" icon="zoomOut" />
      <output className="tb-zoom" aria-label={t('aria.zoomLevel', { percent })}>
        {percent}%
      </output>
      <CommandButton command={commands.get('view.zoomIn')} id="view.zoomIn" icon="zoomIn" />
      <CommandButton command={commands.get('view.zoomFit')} id="view.zoomFit" icon="fit" />
      <CommandButton command={commands.get('view.zoom100')} id="view.zoom100" icon="actual" />
    </div>
  );
}

export function Toolbar() {
  const tool = useEditorState((s) => s.tool);
  const commands = useCommands();
  return (
    <div className="toolbar" role="toolbar" aria-label={t('aria.toolbar')}>
      <div className="brand" aria-hidden="true">
        <span className="brand-mark" />
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <div className="tb-group" role="group" aria-label={t('toolbar.file')}>
        <CommandButton command={commands.get('file.new')} id="file.new" icon="newFile" />
        <CommandButton command={commands.get('file.open')} id="file.open" icon="open" />
        <CommandButton command={commands.get('file.save')} id="file.save" icon="save" />
        <CommandButton command={commands.get('file.exportPdf')} id="file.exportPdf" icon="exportPdf" />
      </div>
      <div className="tb-group" role="group" aria-label={t('toolbar.label')}>
        {TOOLS.map(({ id, icon }) => (
          <CommandButton key={id} command={commands.get(`tool.${id}`)} id={`tool.${id}`} icon={icon} pressed={tool === id} />
        ))}
      </div>
      <div className="tb-group" role="group" aria-label={t('toolbar.edit')}>
        <CommandButton command={commands.get('edit.undo')} id="edit.undo" icon="undo" />
        <CommandButton command={commands.get('edit.redo')} id="edit.redo" icon="redo" />
        <CommandButton command={commands.get('edit.mirror')} id="edit.mirror" icon="mirror" />
        <CommandButton command={commands.get('edit.duplicate')} id="edit.duplicate" icon="duplicate" />
        <CommandButton command={commands.get('edit.delete')} id="edit.delete" icon="delete" />
      </div>
      <ZoomControls commands={commands} />
      <TrainingButtons />
      <FaceViewSwitcher commands={commands} />
      <div className="tb-spacer" />
      <ViewMenu />
      <CommandButton command={commands.get('help.shortcuts')} id="help.shortcuts" icon="help" />
    </div>
  );
}
