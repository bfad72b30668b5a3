package org.onecity.platform;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when no external database is configured through {@code spring.datasource.url}. */
class EmbeddedDatabaseCondition implements Condition {

    static boolean embedded(org.springframework.core.env.Environment env) {
        return !StringUtils.hasText(env.getProperty("spring.datasource.url"));
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return embedded(context.getEnvironment());
    }
}
