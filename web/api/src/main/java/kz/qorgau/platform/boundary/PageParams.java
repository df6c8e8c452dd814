package kz.qorgau.platform.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?page=0&size=50}: every list is paged, at most 500 rows a page. */
public class PageParams {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "{page.number.range}")
    int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1, message = "{page.size.range}")
    @Max(value = 500, message = "{page.size.range}")
    int size;

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }
}
