package kz.qorgau.platform.boundary;

import jakarta.faces.context.FacesContext;

/**
 * Where a page goes after a save: back to its own address by a redirect (post, redirect, get), so that the address
 * still names the record (its view parameters, such as {@code ?id=}) and a refresh, a bookmark or a shared link shows
 * that record rather than sending the form again. The messages of the save survive the redirect in the flash.
 */
public final class AfterSave {

    private AfterSave() {
    }

    /** @return the navigation outcome to the current page, with the view parameters it was opened with */
    public static String sameAddress() {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
