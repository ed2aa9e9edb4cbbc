// charte-ia serve: small conveniences over plain HTML forms, which work without this script.
"use strict";
