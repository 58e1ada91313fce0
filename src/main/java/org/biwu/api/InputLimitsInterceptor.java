package org.biwu.api;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/**
 * Checks every argument of a {@link LimitedInput} class's methods against {@link InputLimits} before
 * the method runs. A mutation's refusal reaches its payload's {@code userErrors} through
 * {@link Payloads#of} (the method runs, building its answer, but the work it would do is never
 * started); a query's, a field's or a subscription's is its top-level GraphQL error, with
 * {@code extensions.refusal} naming the code and the field. The parent object of a field
 * ({@code @Source}) is not an argument and is not checked.
 */
@LimitedInput
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class InputLimitsInterceptor {

    /** The refusal of the arguments of the mutation running on this thread, until its payload takes it. */
    private static final ThreadLocal<DomainException> REFUSED_INPUT = new ThreadLocal<>();

    @AroundInvoke
    Object check(InvocationContext call) throws Exception {
        DomainException refused = refusal(call.getMethod(), call.getParameters());
        if (refused == null) {
            return call.proceed();
        }
        if (call.getMethod().isAnnotationPresent(Mutation.class)) {
            REFUSED_INPUT.set(refused);
            try {
                Object answer = call.proceed();
                if (REFUSED_INPUT.get() == null) {
                    return answer;
                }
            } finally {
                REFUSED_INPUT.remove();
            }
        }
        Class<?> answer = call.getMethod().getReturnType();
        if (Uni.class.isAssignableFrom(answer)) {
            return Uni.createFrom().failure(refused);
        }
        if (Multi.class.isAssignableFrom(answer)) {
            return Multi.createFrom().failure(refused);
        }
        throw refused;
    }

    /** The refusal of the running mutation's arguments, taken once: {@link Payloads} answers with it instead of working. */
    static DomainException takeRefusedInput() {
        DomainException refused = REFUSED_INPUT.get();
        REFUSED_INPUT.remove();
        return refused;
    }

    private static DomainException refusal(Method method, Object[] arguments) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].isAnnotationPresent(Source.class)) {
                continue;
            }
            Name name = parameters[i].getAnnotation(Name.class);
            Refusal refused = InputLimits.check(name == null ? parameters[i].getName() : name.value(), arguments[i]);
            if (refused != null) {
                return new DomainException(refused);
            }
        }
        return null;
    }
}
