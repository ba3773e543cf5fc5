/**
 * Exit codes shared by every `giapranh` command. `internal` is a bug of ours (the file that
 * triggered it is named), never to be read as "the file is invalid".
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 3 } as const;
