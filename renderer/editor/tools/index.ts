/** The drawing tools, by id. Each is a small state machine; see types.ts. */
import type { ToolId } from '../api';
import { editIdle } from './edit/idle';
import { entryIdle } from './entry/idle';
import { selectIdle } from './select/idle';
import { threadIdle } from './thread/idle';
import type { Tool } from './types';

export const TOOLS: Readonly<Record<ToolId, Tool>> = {
  select: { id: 'select', idle: selectIdle },
  entry: { id: 'entry', idle: entryIdle },
  thread: { id: 'thread', idle: threadIdle },
  edit: { id: 'edit', idle: editIdle },
};

export type { Tool, ToolContext, ToolState } from './types';
