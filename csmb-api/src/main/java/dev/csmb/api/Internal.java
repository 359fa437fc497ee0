package dev.csmb.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Public only for technical reasons and not API: may change or vanish in any release; never use it from outside csmb.
 *
 * <p>One of three stability notes ({@link Stable}, {@link Experimental}, {@link Internal}) on csmb's public types,
 * after JUnit's {@code @API(status = ...)}; a member may carry its own note where it differs from its type's.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD, ElementType.PACKAGE})
public @interface Internal {
}
