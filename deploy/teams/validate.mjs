// Validates a filled-in Teams manifest and its icons offline:
//   node validate.mjs [folder]   (default: build/, as written by package.sh)
// The JSON schema comes from @microsoft/app-manifest, which bundles every published Teams schema;
// fetch is disabled so a schema download can never stand in for the bundled copy. The icon rules
// the schema cannot express (size, colour type, a white-on-transparent outline) are checked here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { AppManifestUtils } from "@microsoft/app-manifest";

globalThis.fetch = () => {
  throw new Error("offline validation: no network access");
};

const folder = process.argv[2] ?? "build";
const manifest = JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8"));
const problems = [];

const schemaVersion = /\/v(\d+\.\d+)\//.exec(manifest.$schema ?? "")?.[1];
if (schemaVersion !== manifest.manifestVersion) {
  problems.push(`manifestVersion ${manifest.manifestVersion} does not match the $schema version ${schemaVersion}`);
}

for (const error of await AppManifestUtils.validateAgainstSchema(manifest)) {
  problems.push(`schema: ${error}`);
}

checkIcon(manifest.icons?.color, 192, (r, g, b, a) => a === 255 || a === 0, "a solid or fully transparent background");
checkIcon(manifest.icons?.outline, 32, (r, g, b, a) => a === 0 || (r === 255 && g === 255 && b === 255), "only white on transparent");

if (problems.length > 0) {
  console.error(`Teams manifest: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`Teams manifest ${manifest.manifestVersion} (${manifest.bots?.length ?? 0} bot) and icons are valid`);

function checkIcon(file, size, pixelOk, rule) {
  if (!file) {
    problems.push("an icon is missing from the manifest");
    return;
  }
  const png = decodePng(readFileSync(join(folder, file)));
  if (png.width !== size || png.height !== size) problems.push(`${file} is ${png.width}x${png.height}, not ${size}x${size}`);
  if (png.colourType !== 6 || png.bitDepth !== 8) {
    problems.push(`${file} is not 8-bit RGBA`);
    return;
  }
  for (let i = 0; i < png.pixels.length; i += 4) {
    if (!pixelOk(...png.pixels.subarray(i, i + 4))) {
      problems.push(`${file}: pixel ${(i / 4) % size},${Math.floor(i / 4 / size)} breaks the rule: ${rule}`);
      return;
    }
  }
}

// Enough of PNG for icons: 8-bit RGBA, non-interlaced, the five row filters.
function decodePng(bytes) {
  const width = bytes.readUInt32BE(16), height = bytes.readUInt32BE(20), bitDepth = bytes[24], colourType = bytes[25];
  const idat = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at), type = bytes.toString("ascii", at + 4, at + 8);
    if (type === "IDAT") idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  if (colourType !== 6 || bitDepth !== 8) return { width, height, bitDepth, colourType, pixels: new Uint8Array() };
  const raw = inflateSync(Buffer.concat(idat)), stride = width * 4, pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)], row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= 4 ? pixels[y * stride + x - 4] : 0, up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      pixels[y * stride + x] = (row[x] + predictor) & 0xff;
    }
  }
  return { width, height, bitDepth, colourType, pixels };
}

function paeth(a, b, c) {
  const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
