package org.defencetracker.config.web;

import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** {@code #assets} in every template: {@code @{${#assets.url('/css/app.css')}}} links a file with its hash. */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class StaticAssetsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final StaticAssets assets;

    StaticAssetsDialect(StaticAssets assets) {
        super("assets");
        this.assets = assets;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("assets");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return assets;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
