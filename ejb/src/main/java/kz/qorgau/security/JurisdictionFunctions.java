package kz.qorgau.security;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * {@code in_ids(id, :ids)}: whether an id is one of an array parameter's, as PostgreSQL's {@code id = any(ids)}, which
 * an index on the id answers. Hibernate's own {@code array_contains} is {@code ids @> array[id]}, which no index does.
 */
public class JurisdictionFunctions implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        contributions.getFunctionRegistry().registerPattern("in_ids", "(?1 = any(?2))",
                contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
    }
}
