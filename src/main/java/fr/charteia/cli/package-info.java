/**
 * The command line on top of every stage: {@code validate}, {@code generate}, {@code extract},
 * {@code init}, {@code schema} and {@code help} as picocli commands, with their exit codes and
 * messages in French or English. The only package that sees them all.
 */
package fr.charteia.cli;
