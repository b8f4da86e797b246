// Zip archives, written and read with Node alone (zlib's raw deflate and CRC-32), so that the
// WordPress plugin's zip is made and checked on a fresh machine without a `zip` program or a
// package. Only what the plugin needs: deflated files and directory entries, no zip64 (an
// archive under 4 GiB and 65,535 entries), names in UTF-8.
import { Buffer } from 'node:buffer';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Bit 11: the names are UTF-8. */
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;
/** Version 2.0 (deflate, directories); "made by" Unix, so that the external attributes are modes. */
const VERSION_NEEDED = 20;
const MADE_BY_UNIX = (3 << 8) | VERSION_NEEDED;
/**
 * Every entry's time: 1980-01-01 00:00, the first moment a zip can hold, so that the same
 * files make the same bytes on every machine and every day.
 */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
const FILE_MODE = 0o100644;
const DIRECTORY_MODE = 0o40755;
/** MS-DOS's directory attribute, which Windows' own unzip reads. */
const DOS_DIRECTORY = 0x10;

/**
 * A zip of `entries`, in their order: `{ name, data }` for a file (data a Buffer or a string),
 * `{ name }` with a name ending in "/" for a directory.
 */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const directory = entry.name.endsWith('/');
    if (directory !== (entry.data === undefined)) {
      throw new Error(`zip: ${entry.name}: a directory's name ends with "/", and only a file has data`);
    }
    const data = directory ? Buffer.alloc(0) : Buffer.from(entry.data);
    const method = directory ? STORED : DEFLATED;
    const stored = directory ? data : deflateRawSync(data, { level: 9 });
    const crc = directory ? 0 : crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION_NEEDED, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    central.writeUInt16LE(VERSION_NEEDED, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    // Extra field, comment, disk number and internal attributes: none.
    const mode = directory ? DIRECTORY_MODE : FILE_MODE;
    // The Unix mode in the high 16 bits; >>> 0 keeps the sum unsigned, as the field is.
    central.writeUInt32LE(((mode << 16) | (directory ? DOS_DIRECTORY : 0)) >>> 0, 38);
    central.writeUInt32LE(offset, 42);

    locals.push(local, name, stored);
    centrals.push(central, name);
    offset += local.length + name.length + stored.length;
  }
  const centralDirectory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDirectory, end]);
}

/**
 * The entries of a zip, in the order of its central directory: `{ name, data }`, data empty for
 * a directory. Checks every file's data and CRC-32, so a damaged archive fails here, naming the
 * entry.
 */
export function unzip(archive) {
  const endAt = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('unzip: no end of central directory: not a zip');
  const count = archive.readUInt16LE(endAt + 10);
  let at = archive.readUInt32LE(endAt + 16);
  const entries = [];
  for (let index = 0; index < count; index += 1) {
    if (archive.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error(`unzip: entry ${index}: no central header`);
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const storedSize = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const skipped = archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const localAt = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + skipped;

    if (archive.readUInt32LE(localAt) !== LOCAL_HEADER) throw new Error(`unzip: ${name}: no local header`);
    const dataAt = localAt + 30 + archive.readUInt16LE(localAt + 26) + archive.readUInt16LE(localAt + 28);
    const stored = archive.subarray(dataAt, dataAt + storedSize);
    if (method !== STORED && method !== DEFLATED) throw new Error(`unzip: ${name}: compression method ${method}`);
    const data = method === DEFLATED ? inflate(stored, name) : Buffer.from(stored);
    if (crc32(data) !== crc) throw new Error(`unzip: ${name}: CRC-32 does not match`);
    entries.push({ name, data });
  }
  return entries;
}

function inflate(stored, name) {
  try {
    return inflateRawSync(stored);
  } catch (error) {
    throw new Error(`unzip: ${name}: ${error.message}`, { cause: error });
  }
}
