/**
 * The session report (PDF, accessible like the charters, and XLSX with native charts) and the trainer's
 * archive of every participant's documents.
 */
package fr.charteia.room.report;
