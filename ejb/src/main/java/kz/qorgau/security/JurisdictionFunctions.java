package kz.qorgau.security;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.function.array.ArrayContainsArgumentTypeResolver;
import org.hibernate.dialect.function.array.ArrayContainsArgumentValidator;
import org.hibernate.query.sqm.produce.function.StandardArgumentsValidators;
import org.hibernate.type.StandardBasicTypes;

/**
 * {@code ids_include(:ids, id)}: whether an id is one of an array parameter's, as PostgreSQL's {@code id = any(ids)},
 * which an index on the id answers. Hibernate's own {@code array_contains} is {@code ids @> array[id]}, which no index
 * does.
 * <p>
 * Its arguments are typed as {@code array_contains} types them, the parameter as an array of the id's type. Untyped,
 * the parameter could take a list, and Hibernate keeps no SQL for a query whose parameter could: every jurisdiction
 * query was translated again on every execution.
 */
public class JurisdictionFunctions implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        contributions.getFunctionRegistry().patternDescriptorBuilder("ids_include", "(?2 = any(?1))")
                .setArgumentsValidator(StandardArgumentsValidators.composite(StandardArgumentsValidators.exactly(2),
                        ArrayContainsArgumentValidator.INSTANCE))
                .setArgumentTypeResolver(ArrayContainsArgumentTypeResolver.INSTANCE)
                .setInvariantType(contributions.getTypeConfiguration().getBasicTypeRegistry()
                        .resolve(StandardBasicTypes.BOOLEAN))
                .register();
    }
}
