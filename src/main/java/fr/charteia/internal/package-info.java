/**
 * Helpers shared by the pipeline stages that are not part of the toolkit's contract; they may
 * change without notice.
 */
package fr.charteia.internal;
