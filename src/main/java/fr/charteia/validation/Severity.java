package fr.charteia.validation;

/** ERROR blocks generation; WARNING is reported and generation goes on. */
public enum Severity { ERROR, WARNING }
