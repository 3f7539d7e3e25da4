package org.yifa.lod;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Linked data is for any client: the data, the context and the dumps may be fetched from scripts on
 * other sites (CORS), and the JSON API's answers point to the JSON-LD context that reads them as
 * RDF (JSON-LD 1.1, section 6.1: an HTTP Link header with rel {@code http://www.w3.org/ns/json-ld#context}).
 */
@Configuration(proxyBeanMethods = false)
class LodWebConfig implements WebMvcConfigurer {

    static final String CONTEXT_REL = "http://www.w3.org/ns/json-ld#context";

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {"/id/**", "/ont", "/shapes", "/graph/**", "/void", "/.well-known/void",
                JsonLdContext.PATH, "/downloads/**"}) {
            registry.addMapping(path).allowedOrigins("*").allowedMethods("GET", "HEAD");
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                response.addHeader(HttpHeaders.LINK, "<" + Negotiation.contextUrl(request) + ">; rel=\"" + CONTEXT_REL
                        + "\"; type=\"application/ld+json\"");
                return true;
            }
        }).addPathPatterns("/api/**");
    }
}
