package org.yifa.store.embedded;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** The condition of the embedded mode's beans: {@code yifa.store.mode} unset or {@code embedded}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ConditionalOnProperty(name = "yifa.store.mode", havingValue = "embedded", matchIfMissing = true)
public @interface OnEmbeddedStore {
}
