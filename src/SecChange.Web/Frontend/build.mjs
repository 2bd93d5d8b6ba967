// Compiles site.scss and copies GOV.UK Frontend's script and images into ../wwwroot/lib (committed),
// so the app runs without Node. Run `npm ci && npm run build` here after changing a version or the styles.
import { compile } from "sass";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";

const out = new URL("../wwwroot/lib/govuk/", import.meta.url);
mkdirSync(out, { recursive: true });
const css = compile(new URL("site.scss", import.meta.url).pathname, {
  loadPaths: [new URL("node_modules", import.meta.url).pathname],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(new URL("secchange.min.css", out), css.css);
const dist = new URL("node_modules/govuk-frontend/dist/govuk/", import.meta.url);
cpSync(new URL("govuk-frontend.min.js", dist), new URL("govuk-frontend.min.js", out));
mkdirSync(new URL("assets/images/", out), { recursive: true });
for (const image of ["favicon.ico", "favicon.svg"]) {
  cpSync(new URL(`assets/images/${image}`, dist), new URL(`assets/images/${image}`, out));
}
writeFileSync(new URL("LICENSE.txt", out), "GOV.UK Frontend (https://github.com/alphagov/govuk-frontend), MIT licence, Copyright (c) 2018 Crown Copyright (Government Digital Service). Compiled with the system font stack; no GDS Transport font or crown.\n");
console.log(`wrote ${css.css.length} bytes of CSS`);
