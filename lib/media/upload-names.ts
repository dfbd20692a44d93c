import { newId } from '@/lib/ids';

/**
 * UPLOAD-4: a client file name is a display string only. Control characters, path separators and
 * quotes are dropped, any directory part is cut, and the result is at most 255 characters.
 */
export function sanitizeDisplayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f"<>|*?:]/g, '')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 255);
  return clean || 'file';
}

/** The lower-case extension of a display name, or '' when it has none. */
export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

/** `media/<courseId>/<random>.<ext>`: nothing from the client's file name reaches the key. */
export function storageKeyFor(courseId: string, storedExtension: string): string {
  if (!/^[0-9A-Za-z]{22}$/.test(courseId)) throw new Error('Invalid course id');
  if (!/^[a-z0-9]{2,4}$/.test(storedExtension)) throw new Error('Invalid extension');
  return `media/${courseId}/${newId()}.${storedExtension}`;
}
