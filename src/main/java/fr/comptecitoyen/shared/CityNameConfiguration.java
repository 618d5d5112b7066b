package fr.comptecitoyen.shared;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * Puts {@link CityNameContraction} in front of the portal's messages (the
 * {@code messageSource} Spring Boot makes of the bundles), so that the pages, emails and
 * PDF documents all say « la mairie d’Orléans ». Nothing is added for a commune whose
 * name needs no contraction.
 */
@Configuration(proxyBeanMethods = false)
class CityNameConfiguration {

	@Bean
	static BeanPostProcessor cityNameContraction(ObjectProvider<CitySettings> city) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(name)
						|| !(bean instanceof MessageSource messages)) {
					return bean;
				}
				CitySettings settings = city.getObject();
				CityNameContraction contraction = CityNameContraction.of(settings.name(), settings.elide());
				return (contraction != null) ? contraction.messages(messages) : bean;
			}
		};
	}

}
