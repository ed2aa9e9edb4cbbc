/**
 * {@code charte-ia serve}: the guided questionnaire in the browser and the HTTP API, one more client
 * of {@link fr.charteia.Toolkit}. Pages are rendered on the server (Mustache, HTML escaping, strict
 * tags) and work as plain forms; a little plain JavaScript adds rows and live validation.
 */
package fr.charteia.web;
