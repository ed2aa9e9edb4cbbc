/**
 * Writing files whole or not at all (temporary file, then rename), for the command line. Depends
 * on nothing else in the toolkit.
 */
package fr.charteia.output;
