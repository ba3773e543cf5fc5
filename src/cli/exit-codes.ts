/** Exit codes shared by every `giapranh` command. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
