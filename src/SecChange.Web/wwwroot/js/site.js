// Starts GOV.UK Frontend's components (kept out of the page so the content security policy allows no inline script).
import { initAll } from "/lib/govuk/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
