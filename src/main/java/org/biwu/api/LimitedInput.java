package org.biwu.api;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a GraphQL API class whose operations' and fields' arguments are held to {@link InputLimits}
 * before they run ({@link InputLimitsInterceptor}). Every {@code @GraphQLApi} class carries it
 * (ArchitectureTest checks).
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target(TYPE)
public @interface LimitedInput {
}
