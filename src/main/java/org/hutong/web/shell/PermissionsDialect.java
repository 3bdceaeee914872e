package org.hutong.web.shell;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Offers {@link PagePermissions} to every template as {@code #permissions}. */
@Component
class PermissionsDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "permissions";

	PermissionsDialect() {
		super("Hutong permissions");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? PagePermissions.current() : null;
			}

			// built once per template run, which is one request
			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}
		};
	}
}
