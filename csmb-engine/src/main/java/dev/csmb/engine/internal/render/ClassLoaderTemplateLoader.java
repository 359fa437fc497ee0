package dev.csmb.engine.internal.render;

import com.github.jknack.handlebars.io.URLTemplateLoader;
import java.net.URL;

/** Loads templates from one class loader, so each plugin's templates come from its own jar. */
final class ClassLoaderTemplateLoader extends URLTemplateLoader {

    private final ClassLoader loader;

    ClassLoaderTemplateLoader(ClassLoader loader, String prefix) {
        this.loader = loader;
        setPrefix(prefix);
        setSuffix(".hbs");
    }

    @Override
    protected URL getResource(String location) {
        String path = location.startsWith("/") ? location.substring(1) : location;
        return loader.getResource(path);
    }
}
