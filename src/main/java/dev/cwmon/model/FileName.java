package dev.cwmon.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a spec value that becomes (part of) an output file name, such as a rule file's name,
 * a dashboard uid or a pipeline name. Such values are checked to be one plain file name
 * before anything is rendered.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD,
    ElementType.PARAMETER})
public @interface FileName {}
