import type { ApiMethods, FakeWorkspace } from './fake-workspace.js';

/** views.open, push, update and publish (Home tabs). */
export function viewsApi(ws: FakeWorkspace): ApiMethods {
  return {
    'views.open': (args) => openView(ws, args, 'views.open'),
    'views.push': (args) => openView(ws, args, 'views.push'),
    'views.update': (args) => {
      const id = String(args['view_id'] ?? '');
      const existing = ws.views.get(id);
      if (existing === undefined) return { ok: false, error: 'not_found' };
      const view = asObject(args['view']);
      ws.views.set(id, { view, user: existing.user });
      return { ok: true, view: { id, ...view } };
    },
    'views.publish': (args) => {
      const user = String(args['user_id'] ?? '');
      if (!ws.users.has(user)) return { ok: false, error: 'user_not_found' };
      const view = asObject(args['view']);
      if (view['type'] !== 'home') return { ok: false, error: 'invalid_arguments' };
      const list = ws.homeViews.get(user) ?? [];
      list.push(view);
      ws.homeViews.set(user, list);
      return { ok: true, view: { id: `VH${user}`, ...view } };
    },
  };
}

function openView(ws: FakeWorkspace, args: Record<string, unknown>, method: string): Record<string, unknown> {
  const triggerId = String(args['trigger_id'] ?? '');
  const trigger = ws.triggers.get(triggerId);
  if (trigger === undefined) return { ok: false, error: 'invalid_trigger_id' };
  if (trigger.used) return { ok: false, error: 'exchanged_trigger_id' };
  trigger.used = true;
  const view = asObject(args['view']);
  if (Array.isArray(view['blocks']) && view['blocks'].length > 100) return { ok: false, error: 'invalid_arguments' };
  const seq = ws.nextSeq();
  const id = `V${String(seq).padStart(8, '0')}`;
  ws.views.set(id, { view, user: trigger.user });
  void method;
  return { ok: true, view: { id, hash: `h${seq}`, ...view } };
}

function asObject(value: unknown): Record<string, unknown> {
  if (typeof value === 'string') return JSON.parse(value) as Record<string, unknown>;
  return (value ?? {}) as Record<string, unknown>;
}
