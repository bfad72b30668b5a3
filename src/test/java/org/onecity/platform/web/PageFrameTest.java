package org.onecity.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/** The page frame's attributes are made for page handlers only, not for API answers. */
class PageFrameTest {

    @Controller
    static class Pages {
        String page() {
            return "page";
        }

        @ResponseBody
        String fragmentAsText() {
            return "text";
        }
    }

    @RestController
    static class Api {
        String answer() {
            return "{}";
        }
    }

    private static MockHttpServletRequest handledBy(Object bean, String method) throws Exception {
        var request = new MockHttpServletRequest("GET", "/x");
        request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
                new HandlerMethod(bean, bean.getClass().getDeclaredMethod(method)));
        return request;
    }

    @Test
    void onlyPageHandlersGetTheFrame() throws Exception {
        assertThat(PageFrame.rendersPage(handledBy(new Pages(), "page"))).isTrue();
        assertThat(PageFrame.rendersPage(handledBy(new Pages(), "fragmentAsText"))).isFalse();
        assertThat(PageFrame.rendersPage(handledBy(new Api(), "answer"))).isFalse();
        assertThat(PageFrame.rendersPage(new MockHttpServletRequest())).as("no handler known: keep the frame").isTrue();
    }
}
