/** The app's own bot user in the fake workspace. */
export const BOT = { userId: 'UBOTPEER', botId: 'BPEERMENTOR', teamId: 'T0PEERMED', appId: 'APEERMENTOR' } as const;

/** A person in the fake workspace. */
export interface FakeUser {
  readonly id: string;
  readonly name: string;
  readonly email?: string;
  /** IANA zone, as users.info gives it. */
  readonly tz?: string;
  readonly deleted?: boolean;
  readonly isBot?: boolean;
}

export interface FakeChannel {
  id: string;
  name: string;
  isPrivate: boolean;
  isIm: boolean;
  isMpim: boolean;
  members: string[];
  purpose: string;
  topic: string;
  /** Who created it (the bot for channels the app made). */
  creator?: string;
  isArchived?: boolean;
}

export interface FakeMessage {
  channel: string;
  ts: string;
  /** When it was posted, by the workspace's clock (ms). */
  readonly at: number;
  text: string;
  blocks: unknown[];
  threadTs?: string;
  /** Set for chat.postEphemeral. */
  ephemeralUser?: string;
  /** Files shared with the message (files.completeUploadExternal). */
  files?: string[];
  /** Message metadata the app attached (chat.postMessage `metadata`). */
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

/** A file someone uploaded (e.g. through a modal's file input), downloadable with the bot token. */
export interface FakeFile {
  readonly id: string;
  readonly name: string;
  readonly filetype: string;
  readonly content: Buffer;
  readonly user: string | undefined;
}

/** A file the app uploaded (files.getUploadURLExternal → upload → files.completeUploadExternal). */
export interface FakeUpload {
  readonly fileId: string;
  readonly filename: string;
  readonly title: string | undefined;
  /** The bytes sent to the upload URL. */
  readonly content: Buffer;
  /** Where it was shared, once completed. */
  readonly channel: string | undefined;
  readonly initialComment: string | undefined;
}

/** An upload URL handed out, and the bytes received on it. */
export interface PendingUpload {
  filename: string;
  length: number;
  content: Buffer | undefined;
}

/** A modal opened, and who opened it. */
export interface OpenedView {
  view: Record<string, unknown>;
  user: string | undefined;
}

/** A trigger id handed out for a simulated click or command; views.open accepts it once. */
export interface Trigger {
  used: boolean;
  user: string | undefined;
}

/** One Web API call as the app made it: method, parsed arguments (JSON fields decoded), token. */
export interface RecordedCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
  readonly token: string | undefined;
  readonly at: number;
  /** What the fake answered. */
  readonly ok: boolean;
  readonly error?: string;
  /** The failure injected after the call was done (a 5xx or a lost answer): the caller did not see \`ok\`. */
  readonly lostAs?: string;
}

/** Web API methods by name: each answers the call's arguments. */
export type ApiMethods = Record<string, (args: Record<string, unknown>) => Record<string, unknown>>;

/** What the fake's Web API areas share: the workspace's state, its one sequence, and where the fake listens. */
export interface FakeWorkspace {
  /** Everyone in the workspace, the bot included, by id. */
  readonly users: ReadonlyMap<string, FakeUser>;
  readonly channels: Map<string, FakeChannel>;
  readonly messages: FakeMessage[];
  readonly files: Map<string, FakeFile>;
  readonly uploads: FakeUpload[];
  /** Upload URLs handed out, by file id. */
  readonly pendingUploads: Map<string, PendingUpload>;
  /** Modals opened, by view id. */
  readonly views: Map<string, OpenedView>;
  /** Views published to each user's Home tab (the latest last). */
  readonly homeViews: Map<string, unknown[]>;
  readonly triggers: Map<string, Trigger>;
  /** The next number of the one sequence that ids and message timestamps are drawn from. */
  nextSeq(): number;
  /** A message timestamp later than any before. */
  nextTs(): string;
  /** The workspace's time (ms): real time, or the demo's simulated clock. */
  now(): number;
  /** Where the fake listens: `http://127.0.0.1:<port>`. */
  origin(): string;
  /** Records a call and wakes whoever waits for one. */
  record(call: RecordedCall): void;
}
